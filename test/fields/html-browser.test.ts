import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

// The page's own script runs in the browser; the test reads the clipboard there, by expression (no DOM types here).
import { runCli } from '../helpers/cli.js';
import { edited, example, tempDir, writeTemp } from '../helpers/fixtures.js';

/**
 * The page `plan fields --format html` writes, opened from a file in headless Chromium (Debian's
 * `chromium` package, driven by playwright-core with that browser's path; nothing is downloaded).
 * PLAN_CHROMIUM names another browser. Where there is none, the tests say they were skipped.
 */
function findChromium(): string | undefined {
  if (process.env.PLAN_CHROMIUM) return existsSync(process.env.PLAN_CHROMIUM) ? process.env.PLAN_CHROMIUM : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

const chromium = findChromium();

interface Field {
  pointer: string;
  text: string;
  length: number;
  limit: { max: number } | null;
}

if (chromium === undefined) {
  describe('the HTML page in a browser', () => {
    it('is not tested: no Chromium is installed (apt-get install chromium, or set PLAN_CHROMIUM)', (context) => {
      context.skip('no Chromium is installed (apt-get install chromium, or set PLAN_CHROMIUM)');
    });
  });
}

describe.runIf(chromium !== undefined)('the HTML page in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let fields: Field[];

  beforeAll(async () => {
    // The example with text HTML would read as markup, and the problem held to a limit it is over.
    const text = edited(edited(example('esf-ansokan'), 'title: Steg till jobb', 'title: "Steg till jobb & <studier>"'), 'problem.description: 3000', 'problem.description: 600');
    const plan = writeTemp('ansokan.yaml', text);
    const out = join(tempDir(), 'falt.html');
    const html = await runCli(['fields', plan, '--format', 'html', '-o', out]);
    // Over its limit: an error, and the page is still written, for the text to be shortened there.
    expect(html.code).toBe(1);
    fields = (JSON.parse((await runCli(['fields', plan, '--format', 'json'])).stdout) as { fields: Field[] }).fields;
    expect(readFileSync(out, 'utf8')).toContain('<html lang="sv">');

    const { chromium: driver } = await import('playwright-core');
    browser = await driver.launch({ executablePath: chromium!, headless: true, args: ['--no-sandbox'] });
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    // Nothing leaves the page: a request to anything but the file itself fails the test.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(out).href);
    expect(requests).toEqual([pathToFileURL(out).href]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const section = (pointer: string) => page.locator(`section[data-pointer="${pointer}"]`);

  it('shows every field with a counter that counts as plan does', async () => {
    expect(await page.locator('section.field').count()).toBe(fields.length);
    for (const field of fields) {
      const counter = await section(field.pointer).locator('.counter').textContent();
      expect(counter!.startsWith(`${field.length} `)).toBe(true);
    }
    expect(await section('/title').locator('.counter').textContent()).toBe('26 tecken');
  });

  it('marks the field over its limit red, and no other', async () => {
    const over = section('/problem/description');
    expect(await over.locator('.counter').textContent()).toBe('626 av 600 tecken, 26 för många');
    expect(await over.getAttribute('class')).toContain('over');
    expect(await over.locator('.counter').evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(element).color)).toBe('rgb(176, 0, 32)');
    expect(await page.locator('section.over').count()).toBe(1);
  });

  it('puts exactly the field\'s text on the clipboard with its copy button', async () => {
    for (const pointer of ['/title', '/problem/description', '/problem/causes/organisation', '/goals/results']) {
      const expected = fields.find((field) => field.pointer === pointer)!.text;
      await section(pointer).locator('button.copy').click();
      await expect.poll(() => section(pointer).locator('.status').textContent()).toBe('Kopierat');
      expect(await page.evaluate('navigator.clipboard.readText()')).toBe(expected);
    }
  });

  it('counts again as the text is edited, and copies the edited text', async () => {
    const over = section('/problem/description');
    const shorter = 'Unga vuxna med NPF får inte ett samordnat stöd.\n\nStödet är splittrat.';
    await over.locator('textarea').fill(shorter);
    expect(await over.locator('.counter').textContent()).toBe(`${shorter.length} av 600 tecken, ${600 - shorter.length} kvar`);
    expect(await over.getAttribute('class')).not.toContain('over');
    await over.locator('button.copy').click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(shorter);
  });
});

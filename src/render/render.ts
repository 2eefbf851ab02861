import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import { Lexer, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { FileResult } from '../check/check.js';
import type { Lang, MessageParams } from '../i18n/index.js';
import { markdownToDocx } from './docx.js';
import { createHelpers } from './helpers.js';
import { frontMatterSchema, type DocxSettings } from './settings.js';
import { compileTemplate, splitFrontMatter } from './template.js';


/**
 * Why a plan could not be rendered. The message is English, for library users; `id` and `params`
 * name the same in the CLI's catalog, so that the command says it in the language of its other lines.
 */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly id?: 'render.noTemplate' | 'render.templateError',
    readonly params?: MessageParams,
  ) {
    super(message);
  }
}

export interface RenderOptions {
  /** A template of the user's own instead of the kind's. */
  templatePath?: string;
  /** The language of the document; the kind's own by default. */
  lang?: Lang;
  /** Folders outside the plan's that pictures may come from (`pictureFolders` in .planrc.yaml), absolute. */
  pictureFolders?: readonly string[];
}

export interface RenderedMarkdown {
  markdown: string;
  settings: DocxSettings;
  templatePath: string;
}

/** The kind's template applied to a checked plan: its Markdown, and what the template says about the Word file. */
export async function renderMarkdown(result: FileResult, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const { kind, plan } = result;
  if (!kind || plan === undefined) throw new RenderError(`${result.file} is not a valid plan`);
  const lang = options.lang ?? kind.lang;
  const relative = kind.templates[lang];
  const templatePath = options.templatePath ?? (relative ? resolve(PACKAGE_ROOT, relative) : undefined);
  if (!templatePath) throw new RenderError(`the kind ${kind.id} has no template in ${lang}`, 'render.noTemplate', { kind: kind.id, lang });
  let source: string;
  try {
    source = await readFile(templatePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RenderError(`cannot read the template ${templatePath}: ${reason}`, 'render.templateError', { template: templatePath, reason });
  }
  let rendered: string;
  try {
    const template = compileTemplate(source, createHelpers(kind.budget?.(plan)));
    rendered = template({ ...((kind.complete?.(plan) ?? plan) as object), $kind: { id: kind.id, title: kind.title, lang } });
  } catch (error) {
    throw new RenderError(`the template ${templatePath} failed: ${(error as Error).message}`, 'render.templateError', { template: templatePath, reason: (error as Error).message });
  }
  const { frontMatter, body } = splitFrontMatter(rendered);
  let settings: DocxSettings;
  try {
    settings = frontMatterSchema.parse(frontMatter === undefined ? {} : (parseYaml(frontMatter) ?? {})).docx;
  } catch (error) {
    throw new RenderError(`the front matter of ${templatePath} is not valid: ${(error as Error).message}`, 'render.templateError', { template: templatePath, reason: (error as Error).message });
  }
  return { markdown: tidy(body), settings, templatePath };
}

export async function renderDocx(result: FileResult, options: RenderOptions = {}): Promise<Uint8Array> {
  const { markdown, settings } = await renderMarkdown(result, options);
  return markdownToDocx({ markdown, settings, baseDir: dirname(resolve(result.file)), ...(options.pictureFolders ? { pictureFolders: options.pictureFolders } : {}) });
}

/**
 * The Markdown a reader opens: Word fills `<!-- toc -->` with a contents field, but in Markdown it
 * would stay an invisible comment, so the .md gets the headings that follow it as a nested list.
 */
export function markdownForReaders(markdown: string, settings: DocxSettings): string {
  const marker = /^<!--\s*toc\s*-->$/im;
  const found = marker.exec(markdown);
  if (!found) return markdown;
  const after = markdown.slice(found.index + found[0].length);
  const entries: string[] = [];
  let inCover = false;
  for (const token of new Lexer().lex(after)) {
    if (token.type === 'html' && /<!--\s*cover\s*-->/i.test(token.raw)) inCover = true;
    if (token.type === 'html' && /<!--\s*\/cover\s*-->/i.test(token.raw)) inCover = false;
    if (token.type !== 'heading' || inCover || token.depth > settings.tocLevels) continue;
    const heading = token as Tokens.Heading;
    // "1. Mål" after a list marker would open a numbered list inside the item.
    const text = heading.text.replace(/\s*<br\s*\/?>\s*/g, ' ').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
    entries.push(`${'  '.repeat(heading.depth - 1)}- ${text}`);
  }
  return markdown.slice(0, found.index) + entries.join('\n') + after;
}

/** Templates leave runs of blank lines where optional parts are absent; Markdown means the same with one. */
function tidy(markdown: string): string {
  return markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkBytes, type FileResult } from '../../check/check.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Lang } from '../../i18n/index.js';
import { renderDocx, renderMarkdown } from '../../render/render.js';
import { KindRegistry } from '../registry.js';
import { loadKindFolder } from './load.js';

/** The golden Markdown of an example plan: beside it, with the same name (example.yaml → example.md). */
export function goldenPathOf(example: string): string {
  return example.replace(/\.ya?ml$/i, '') + '.md';
}

export interface KindFolderCheck {
  /** Problems in the kind file or its templates: the kind cannot be used. */
  kindProblems: Diagnostic[];
  /** The example checked with the kind, when there is one. */
  example?: FileResult;
  /** The example's Markdown as rendered now. */
  markdown?: string;
  /** The golden file's text, when there is one. */
  golden?: string;
  goldenPath: string;
  /** Why rendering failed, when it did. */
  renderError?: string;
}

/**
 * Everything `plan kind check` looks at: the kind file is valid and every field its templates use
 * exists; the example validates with no errors, renders to Markdown and to a .docx, and matches
 * the golden Markdown.
 */
export async function checkKindFolder(folder: string, lang: Lang, shownAs: string = folder): Promise<KindFolderCheck> {
  const loaded = loadKindFolder(folder, lang, shownAs);
  if (!loaded.ok) return { kindProblems: loaded.diagnostics, goldenPath: join(folder, 'example.md') };
  const kind = loaded.kind;
  if (!kind.example) return { kindProblems: [], goldenPath: join(folder, 'example.md') };
  const goldenPath = goldenPathOf(kind.example);
  const registry = new KindRegistry([dirname(resolve(folder))], lang);
  const exampleShown = relative(process.cwd(), kind.example) || kind.example;
  const example = checkBytes(readFileSync(kind.example), exampleShown, { kinds: registry });
  const check: KindFolderCheck = { kindProblems: [], example, goldenPath, ...(existsSync(goldenPath) ? { golden: readFileSync(goldenPath, 'utf8') } : {}) };
  if (example.plan === undefined || example.partial) return check;
  try {
    // The template's own Markdown, as the golden files hold it: a reader's copy expands the table of
    // contents and drops the cover markers, which would hide a change to them.
    check.markdown = (await renderMarkdown(example)).markdown;
    await renderDocx(example);
  } catch (error) {
    check.renderError = (error as Error).message;
  }
  return check;
}

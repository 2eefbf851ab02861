import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import { Lexer, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { FileResult } from '../check/check.js';
import type { Lang, MessageParams } from '../i18n/index.js';
import type { PageSetup } from './docx.js';
import { draftMark, draftPlan, missingValue } from './draft.js';
import type { ReferenceProblem } from './reference-doc.js';
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
    readonly id?: 'render.noTemplate' | 'render.templateError' | `render.referenceDoc.${ReferenceProblem}`,
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
  /**
   * Render a plan that is not finished: every value it lacks or gives wrongly is a placeholder
   * ("[saknas: D.2 Rubrik för aktivitet]"), and the document is marked as a draft ("UTKAST").
   */
  draft?: boolean;
  /** Folders outside the plan's that pictures may come from (`pictureFolders` in .planrc.yaml), absolute. */
  pictureFolders?: readonly string[];
  /** The organisation's Word template (--reference-doc, or `docx.referenceDoc` in .planrc.yaml); over the template's own. */
  referenceDoc?: string;
}

export interface RenderedMarkdown {
  markdown: string;
  settings: DocxSettings;
  templatePath: string;
}

/** The kind's template applied to a checked plan: its Markdown, and what the template says about the Word file. */
export async function renderMarkdown(result: FileResult, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const { kind, plan } = result;
  // A plan read only in part would print its missing values as nothing: only a draft says where they are.
  if (!kind || plan === undefined || (result.partial && !options.draft)) throw new RenderError(`${result.file} is not a valid plan`);
  const lang = options.lang ?? kind.lang;
  const relative = kind.templates[lang];
  const templatePath = options.templatePath ?? (relative ? resolve(PACKAGE_ROOT, relative) : undefined);
  if (!templatePath) throw new RenderError(`the kind ${kind.id} has no template in ${lang}`, 'render.noTemplate', { kind: kind.id, lang });
  let source: string;
  try {
    source = await fs.readFile(templatePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RenderError(`cannot read the template ${templatePath}: ${reason}`, 'render.templateError', { template: templatePath, reason });
  }
  let rendered: string;
  try {
    const budget = kind.budget?.(plan);
    if (options.draft) {
      const template = compileTemplate(source, createHelpers(budget, (column) => missingValue(lang, column)));
      rendered = template({ ...(draftPlan(kind, plan, lang, result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.pointer)) as object), $kind: { id: kind.id, title: kind.title, lang } });
    } else {
      const template = compileTemplate(source, createHelpers(budget));
      rendered = template({ ...((kind.complete?.(plan) ?? plan) as object), $kind: { id: kind.id, title: kind.title, lang } });
    }
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
  if (!options.draft) return { markdown: tidy(body), settings, templatePath };
  // A draft says so on its first line, and on every page of the Word file.
  const mark = draftMark(lang);
  return { markdown: `**${mark}**\n\n${tidy(body)}`, settings: { ...settings, header: settings.header ? `${mark}    ${settings.header}` : mark, ...(settings.differentFirstPage ? { firstHeader: mark } : {}) }, templatePath };
}

export async function renderDocx(result: FileResult, options: RenderOptions = {}): Promise<Uint8Array> {
  const { markdown, settings, templatePath } = await renderMarkdown(result, options);
  const referencePath = options.referenceDoc ?? (settings.referenceDoc ? resolve(dirname(templatePath), settings.referenceDoc) : undefined);
  // The docx library (and, for a reference document, the zip reader) is loaded only when it is
  // needed: a Markdown render never pays for it.
  const { markdownToDocx } = await import('./docx.js');
  const make = (page?: PageSetup) => markdownToDocx({ markdown, settings, baseDir: dirname(resolve(result.file)), ...(options.pictureFolders ? { pictureFolders: options.pictureFolders } : {}), ...(page ? { page } : {}) });
  if (referencePath === undefined) return make();
  const { applyReferenceDoc, pageSetupOf, readReferenceDoc, ReferenceDocError } = await import('./reference-doc.js');
  const failed = (error: unknown) => {
    const problem: ReferenceProblem = error instanceof ReferenceDocError ? error.problem : 'not-docx';
    return new RenderError(`the reference document ${referencePath} cannot be used: ${(error as Error).message}`, `render.referenceDoc.${problem}`, { path: referencePath });
  };
  // The reference is read, and its page set-up taken, before the document is made (laid out for that page).
  let reference: Uint8Array;
  let page: PageSetup | undefined;
  try {
    reference = readReferenceDoc(referencePath);
    page = pageSetupOf(reference);
  } catch (error) {
    throw failed(error);
  }
  const document = await make(page);
  try {
    return applyReferenceDoc(document, reference);
  } catch (error) {
    throw failed(error);
  }
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

import type { Command } from 'commander';
import { basename, extname, join, resolve } from 'node:path';
import { createTranslator, excerpt, isLang, type Messages } from '../i18n/index.js';
import { expandPaths } from '../validate/files.js';
import { sayPathProblems } from './named-paths.js';
import { writeProblems } from './read-plan.js';
import { checkPlanAsConfigured } from '../validate/read.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import { escapeControls } from '../report/terminal.js';
import { EXIT, type CommandContext } from './context.js';
import { createOutDir, writeOutput, WriteError } from './output.js';

interface RenderCliOptions {
  to?: string;
  output?: string;
  outDir?: string;
  template?: string;
  lang?: string;
  force?: boolean;
  referenceDoc?: string;
  pdfA?: boolean;
  draft?: boolean;
}

const messages: Messages<'render.draft'> = {
  en: { 'render.draft': 'plan: {file} has {count} errors; the draft shows each missing or invalid value as [missing: …], and "plan validate {file}" lists them' },
  sv: { 'render.draft': 'plan: {file} har {count} fel; utkastet visar varje värde som saknas eller är fel som [saknas: …], och "plan validate {file}" listar dem' },
  nb: { 'render.draft': 'plan: {file} har {count} feil; utkastet viser hver verdi som mangler eller er feil som [mangler: …], og "plan validate {file}" lister dem' },
};

type Target = 'md' | 'docx' | 'pdf';

export function registerRender(program: Command, context: CommandContext): void {
  program
    .command('render')
    .description('render plans as the funder\'s form, as Markdown, Word (.docx) or PDF')
    .argument('<paths...>', 'plans, or folders of plans')
    .option('-t, --to <format>', 'md, docx or pdf (default: from the output file\'s extension, else md)')
    .option('-o, --output <file>', 'the file to write; "-" for standard output (one plan only)')
    .option('--out-dir <folder>', 'write each plan\'s document into this folder, named after the plan')
    .option('--template <file>', 'a Handlebars template of your own instead of the kind\'s')
    .option('--lang <lang>', 'language of messages: sv, nb or en')
    .option('--force', 'render even a plan with errors (its schema must still be valid)')
    .option('--draft', 'render an unfinished plan: what is missing or invalid is shown as a placeholder, and the document is marked as a draft')
    .option('--reference-doc <file>', 'a Word document whose styles, page set-up, headers and footers the .docx and PDF take')
    .option('--pdf-a', 'with --to pdf: write PDF/A-2b, for archiving')
    .action((paths: string[], options: RenderCliOptions) => render(paths, options, context));
}

async function render(paths: string[], options: RenderCliOptions, { io, exit }: CommandContext): Promise<void> {
  const lang = requestedLang(options.lang, io.env);
  const t = createTranslator(lang ?? localeLang(io.env), cliMessages);
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (options.lang !== undefined && !isLang(options.lang)) return fail(t('cli.badLang', { lang: options.lang }));
  const target = targetOf(options);
  if (!target) return fail(t('render.badTarget', { to: options.to ?? '' }));
  // `--to pdf -o plan.docx` would write a PDF that Word cannot open under a Word document's name.
  const extension = extname(options.output ?? '').toLowerCase();
  if (options.to !== undefined && ['.md', '.docx', '.pdf'].includes(extension) && extension !== '.' + target) return fail(t('render.toMismatch', { to: target, path: options.output!, extension }));
  if (options.pdfA && target !== 'pdf') return fail(t('render.pdfAOnlyPdf'));

  const expansion = await expandPaths(paths);
  const { files } = expansion;
  const failed = sayPathProblems(expansion, t, (line) => io.stderr.write(line + '\n'), process.cwd());
  if (failed) exit(EXIT.failure);
  if (files.length === 0) return failed ? undefined : fail(t('cli.noPlans', { paths: paths.join(', ') }));
  if (files.length > 1 && options.output) return fail(t('render.oneOutput'));

  const destinationOf = (path: string) => options.output ?? (options.outDir ? join(options.outDir, basename(path, extname(path)) + '.' + target) : undefined);
  // Two plans of one name (a/plan.yaml, b/plan.yaml) would be written to one file, the second over the
  // first; refused before anything is written. Compared without case, as macOS and Windows name files.
  if (options.outDir) {
    const byDestination = new Map<string, string>();
    let clashes = 0;
    for (const file of files) {
      const destination = destinationOf(file.path)!;
      const key = resolve(destination).toLowerCase();
      const first = byDestination.get(key);
      if (first === undefined) byDestination.set(key, file.path);
      else {
        clashes++;
        fail(t('render.sameOutput', { first: escapeControls(first), second: escapeControls(file.path), path: escapeControls(destination) }));
      }
    }
    if (clashes > 0) return;
  }

  const folderProblem = options.outDir ? await createOutDir(options.outDir, t) : undefined;
  if (folderProblem) return fail(folderProblem);

  // LibreOffice is found before anything is rendered: without it, nothing is written.
  const { findOffice, docxToPdf, PdfError } = await import('../render/pdf.js');
  const office = target === 'pdf' ? findOffice(io.env) : undefined;
  if (target === 'pdf' && !office) {
    io.stderr.write((io.env.PLAN_SOFFICE ? t('render.officeMissing', { path: escapeControls(io.env.PLAN_SOFFICE) }) : t('render.noOffice')) + '\n');
    return exit(EXIT.failure);
  }

  const { renderMarkdown, renderDocx, markdownForReaders, RenderError } = await import('../render/render.js');
  const { DocxRenderError } = await import('../render/docx-error.js');
  const referenceDoc = options.referenceDoc !== undefined ? resolve(options.referenceDoc) : undefined;
  type Ready = { path: string; destination: string | undefined; data: string | Uint8Array; say: typeof t };
  const write = async ({ destination, data, say }: Ready) => {
    if (destination === undefined || destination === '-') {
      io.stdout.write(data);
      return;
    }
    try {
      // None of the plans named is written over, not only the one this document is made from.
      await writeOutput(destination, data, { inputs: files.map((input) => input.path) });
      io.stderr.write(say('render.wrote', { path: escapeControls(destination) }) + '\n');
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      // In the same language as "wrote …" for the plans written before it.
      fail(error.describe(escapeControls(destination), say));
    }
  };
  /** The .docx of plans to be made PDFs: all are converted together, by one LibreOffice, after the last is rendered. */
  const forPdf: Ready[] = [];

  for (const file of files) {
    const { result, configProblems, pictureFolders, referenceDoc: configuredReference } = await checkPlanAsConfigured(file.path, lang, localeLang(io.env));
    if (configProblems.length > 0) {
      for (const line of configProblems) io.stderr.write(line + '\n');
      return exit(EXIT.failure);
    }
    // Without --lang, what is said about a plan is said in the plan's language, as its problems are.
    const fileT = lang ? t : createTranslator(result.lang, cliMessages);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    // --force renders past the rules' errors only; a plan read in part (its schema failed) is rendered only as a draft.
    const unreadable = result.plan === undefined || (result.partial === true && !options.draft);
    if (errors.length > 0 && (unreadable || !(options.force || options.draft))) {
      writeProblems(result, io, lang ?? result.lang);
      io.stderr.write(fileT(unreadable ? (options.draft ? 'render.notADraft' : 'render.notAPlan') : 'render.hasErrors', { file: escapeControls(file.path) }) + '\n');
      exit(EXIT.problems);
      continue;
    }
    if (options.draft && errors.length > 0) io.stderr.write(createTranslator(lang ?? result.lang, messages)('render.draft', { file: escapeControls(file.path), count: errors.length }) + '\n');
    const destination = destinationOf(file.path);
    if (target !== 'md' && (destination === undefined || destination === '-') && io.stdout.isTTY) {
      fail(fileT('render.docxToTerminal'));
      continue;
    }
    let data: string | Uint8Array;
    try {
      const renderOptions = { ...(options.template ? { templatePath: options.template } : {}), ...(options.draft ? { draft: true } : {}) };
      if (target === 'md') {
        const { markdown, settings } = await renderMarkdown(result, renderOptions);
        data = markdownForReaders(markdown, settings);
      } else {
        const reference = referenceDoc ?? configuredReference;
        data = await renderDocx(result, { ...renderOptions, pictureFolders, ...(reference !== undefined ? { referenceDoc: reference } : {}) });
      }
    } catch (error) {
      if (error instanceof RenderError && error.id) {
        fail(escapeControls(fileT(error.id, error.params)));
        continue;
      }
      if (error instanceof DocxRenderError && error.picture !== undefined) {
        fail(escapeControls(fileT('render.picture', { file: file.path, href: excerpt(error.picture) })));
        continue;
      }
      if (error instanceof RenderError || error instanceof DocxRenderError) {
        fail(`plan: ${escapeControls(file.path)}: ${escapeControls(error.message)}`);
        continue;
      }
      throw error;
    }
    const document = { path: file.path, destination, data, say: fileT };
    if (target === 'pdf') forPdf.push(document);
    else await write(document);
  }

  if (forPdf.length === 0) return;
  let pdfs: Map<string, Uint8Array>;
  try {
    pdfs = await docxToPdf(forPdf.map((document) => ({ name: document.path, docx: document.data as Uint8Array })), { office: office!, pdfA: options.pdfA === true });
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    return fail(t('render.pdfFailed', { reason: escapeControls(error.message) }));
  }
  for (const document of forPdf) {
    const pdf = pdfs.get(document.path);
    if (pdf) await write({ ...document, data: pdf });
    else fail(document.say('render.pdfNotConverted', { file: escapeControls(document.path) }));
  }
}

function targetOf(options: RenderCliOptions): Target | undefined {
  if (options.to !== undefined) return options.to === 'md' || options.to === 'docx' || options.to === 'pdf' ? options.to : options.to === 'markdown' ? 'md' : undefined;
  const extension = extname(options.output ?? '').toLowerCase();
  return extension === '.docx' ? 'docx' : extension === '.pdf' ? 'pdf' : 'md';
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { pictureAddress, readPicture } from '../core/picture.js';
import { lineCount, lineHeight } from './measure.js';
import { DocxRenderError } from './docx-error.js';

export { DocxRenderError };
import type { DocxSettings } from './settings.js';

/**
 * Markdown (as the templates produce it) to a Word document with real structure: heading styles
 * for the navigation pane and screen readers, real tables with a repeating header row, real list
 * numbering, the document's language, and page fields in headers and footers. Markdown cannot say
 * "page break" or "table of contents here", so the templates say it in HTML comments:
 * `<!-- pagebreak -->`, `<!-- toc -->`, and `<!-- cover -->` … `<!-- /cover -->` around a cover page,
 * whose text is centred and whose heading is the document's title (Title style: not in the table
 * of contents).
 */

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1247; // 2.2 cm, as Swedish and Norwegian forms are usually set

/** A page's paper (portrait) and margins, in twips: A4 with 2.2 cm margins, or a reference document's. */
export interface PageSetup {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

const DEFAULT_PAGE: PageSetup = { width: A4.width, height: A4.height, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 567, footer: 567 } };
const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const BULLETS = ['•', '◦', '▪', '•', '◦', '▪', '•', '◦', '▪'];

export interface DocxInput {
  markdown: string;
  settings: DocxSettings;
  /** Folder that relative image paths are resolved against (the plan's own). */
  baseDir: string;
  /** Folders outside it that pictures may come from (`pictureFolders` in .planrc.yaml), absolute. */
  pictureFolders?: readonly string[];
  /** The paper and margins, when a reference document sets them: tables are made to fit its text area. */
  page?: PageSetup;
}


interface Inline {
  /** Font size in points, where it differs from the document's. */
  size?: number;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

interface Context {
  settings: DocxSettings;
  baseDir: string;
  pictureFolders?: readonly string[] | undefined;
  textWidth: number;
  /** Each ordered list is its own numbering instance, so that every list counts from its own start. */
  nextListInstance: number;
  orderedStarts: Set<number>;
  /** Inside `<!-- cover -->` … `<!-- /cover -->`. */
  cover: boolean;
  /** The height of a page's text area, in twips. */
  pageHeight: number;
  /** The bottom margin, in the layout's pixels (1/96 in). */
  bottomMarginPx: number;
  tableWidths: Map<Tokens.Table, number[]>;
  /** Tables kept on the page of the table after them: the parts of one budget, where they fit on a page together. */
  keptWithNext: Set<Tokens.Table>;
  /** The top-level headings, by their text as laid out. */
  headingAt: Map<string, Tokens.Heading>;
  /** Headings that start a page (see settleBreaks). */
  breakBefore: Set<Tokens.Heading>;
}

export async function markdownToDocx({ markdown, settings, baseDir, pictureFolders, page = DEFAULT_PAGE }: DocxInput): Promise<Uint8Array> {
  const landscape = settings.orientation === 'landscape';
  const [paperWidth, paperHeight] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  const pageWidth = landscape ? paperHeight : paperWidth;
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  const textWidth = pageWidth - page.margin.left - page.margin.right;
  const context: Context = {
    settings,
    baseDir,
    pictureFolders,
    textWidth,
    pageHeight: (landscape ? paperWidth : paperHeight) - page.margin.top - page.margin.bottom,
    bottomMarginPx: page.margin.bottom / 15,
    tableWidths: sharedWidths(tokens, textWidth),
    keptWithNext: new Set(),
    headingAt: new Map(),
    breakBefore: new Set(),
    nextListInstance: 1,
    orderedStarts: new Set([1]),
    cover: false,
  };
  keepBudgetsTogether(tokens, context);
  const hasToc = tokens.some(isTocDirective);
  const make = async () => {
    context.nextListInstance = 1;
    context.headingAt.clear();
    const children = blocks(tokens, context, 0);
    // A document ends in a paragraph: Word adds one after a last table, and so the file has it already.
    if (children.at(-1) instanceof Table) children.push(new Paragraph({ children: [], spacing: { after: 0 } }));

    const headerLines = [...(settings.headerImage ? [headerPicture(settings.headerImage, context)] : []), ...(settings.header ? [pageLine(settings.header, settings.headerAlign, context)] : [])];
    const header = headerLines.length > 0 ? new Header({ children: headerLines }) : undefined;
    const footer = settings.footer ? new Footer({ children: [pageLine(settings.footer, settings.footerAlign, context)] }) : undefined;
    const blank = settings.differentFirstPage ? { first: new Header({ children: [settings.firstHeader ? pageLine(settings.firstHeader, settings.headerAlign, context) : new Paragraph('')] }) } : {};
    const blankFooter = settings.differentFirstPage ? { first: new Footer({ children: [new Paragraph('')] }) } : {};

    const document = new Document({
      ...(settings.title ? { title: settings.title } : {}),
      ...(settings.subject ? { subject: settings.subject } : {}),
      ...(settings.author ? { creator: settings.author, lastModifiedBy: settings.author } : {}),
      ...(settings.description ? { description: settings.description } : {}),
      ...(settings.keywords ? { keywords: settings.keywords } : {}),
      // Works out the table of contents' page numbers, so that they are right when the document is
      // opened, in Word and in readers that do not update fields (LibreOffice, previews). Page
      // numbers in headers and footers need no estimate: every reader fills those in as it lays out
      // the pages. The layout engine is large and slow, so a document without contents never loads it.
      ...(hasToc ? { pageNumbers: (await import('docx/layout')).estimatePageNumbers, features: { updateFields: false } } : {}),
      styles: documentStyles(settings),
      numbering: { config: numberingConfig([...context.orderedStarts]) },
      sections: [
        {
          properties: {
            page: {
              size: { width: paperWidth, height: paperHeight, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
              margin: page.margin,
            },
            ...(settings.differentFirstPage ? { titlePage: true } : {}),
          },
          ...(header ? { headers: { default: header, ...blank } } : {}),
          ...(footer ? { footers: { default: footer, ...blankFooter } } : {}),
          children,
        },
      ],
    });

    return document;
  };
  let document = await make();
  if (hasToc) {
    const layout = await import('docx/layout');
    if (settleBreaks(layout.layoutDocument(document), context)) document = await make();
  }
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * Word and LibreOffice lay a page out within a point or two of each other. Where a page's text ends
 * that close to its foot, and what ends it is a heading with the text kept to it, the two can
 * disagree about which page the heading is on, and a table of contents is then wrong in one of
 * them. Such a heading starts the next page outright, so that both agree, and so do the page
 * numbers written into the contents. Returns whether any heading was moved.
 */
function settleBreaks(layout: import('docx/layout').DocumentLayout, context: Context): boolean {
  const margin = 6; // px (1/96 in): about a third of a line
  let moved = false;
  for (const page of layout.pages.slice(0, -1)) {
    const blocks = page.body;
    const last = blocks.at(-1);
    if (!last || last.type !== 'paragraph') continue;
    const bottom = Math.max(...last.lines.map((line) => line.y + line.height));
    const limit = page.height - context.bottomMarginPx;
    if (limit - bottom > margin) continue;
    // The heading that leads the run of blocks kept together at the page's foot.
    for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 3); i--) {
      const block = blocks[i]!;
      const heading = block.type === 'paragraph' && block.lines.length === 1 ? context.headingAt.get(block.lines[0]!.text.trim()) : undefined;
      if (heading && i > 0) {
        context.breakBefore.add(heading);
        moved = true;
        break;
      }
    }
  }
  return moved;
}

function documentStyles(settings: DocxSettings) {
  const run = { font: settings.font, size: settings.fontSize * 2, language: { value: settings.lang } };
  const heading = (size: number) => ({ run: { font: settings.font, size: size * 2, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } });
  return {
    default: {
      document: { run, paragraph: { spacing: { after: 120 } } },
      // Only a cover page's heading has this style: a third of the way down the page, centred.
      title: { run: { font: settings.font, size: (settings.fontSize + 17) * 2, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 3600, after: 960 } } },
      heading1: heading(settings.fontSize + 5),
      heading2: heading(settings.fontSize + 2),
      heading3: heading(settings.fontSize + 1),
      heading4: heading(settings.fontSize),
      heading5: heading(settings.fontSize),
      heading6: heading(settings.fontSize),
    },
  };
}

function numberingConfig(orderedStarts: number[]) {
  const indent = (level: number) => ({ paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } });
  const bulletLevels: ILevelsOptions[] = BULLETS.map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT, style: indent(level) }));
  const orderedLevels = (start: number): ILevelsOptions[] =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: level % 3 === 1 ? LevelFormat.LOWER_LETTER : level % 3 === 2 ? LevelFormat.LOWER_ROMAN : LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: indent(level),
    }));
  return [{ reference: 'bullets', levels: bulletLevels }, ...orderedStarts.map((start) => ({ reference: `ordered-${start}`, levels: orderedLevels(start) }))];
}

/** A header or footer line: "{page}" and "{pages}" become page fields, "{{" and "}}" braces, a tab pushes the rest to the right. */
function pageLine(text: string, align: DocxSettings['headerAlign'], context: Context): Paragraph {
  const children: ParagraphChild[] = [];
  const parts = text.split('\t');
  parts.forEach((part, index) => {
    if (index > 0) children.push(new TextRun({ children: ['\t'] }));
    for (const piece of part.split(/(\{\{|\}\}|\{page\}|\{pages\})/)) {
      if (piece === '{page}') children.push(new TextRun({ children: [PageNumber.CURRENT] }));
      else if (piece === '{pages}') children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
      else if (piece === '{{' || piece === '}}') children.push(new TextRun(piece[0]!));
      else if (piece) children.push(new TextRun(piece));
    }
  });
  return new Paragraph({
    children,
    alignment: parts.length > 1 ? AlignmentType.LEFT : alignment(align),
    tabStops: parts.length > 1 ? [{ type: TabStopType.RIGHT, position: context.textWidth }] : [],
  });
}

function alignment(align: 'left' | 'center' | 'right' | null | undefined) {
  if (align === 'center') return AlignmentType.CENTER;
  if (align === 'right') return AlignmentType.RIGHT;
  return AlignmentType.LEFT;
}

function isTocDirective(token: Token): boolean {
  return token.type === 'html' && /<!--\s*toc\s*-->/i.test((token as Tokens.HTML).text);
}

function blocks(tokens: readonly Token[], context: Context, quoteDepth: number): FileChild[] {
  const out: FileChild[] = [];
  let previous: string | undefined;
  for (const [index, token] of tokens.entries()) {
    // The text under a table needs the space a paragraph has above it, or it reads as the table's last row.
    const gap = previous === 'table' ? { spacing: { before: 160 } } : {};
    if (token.type !== 'space') previous = token.type;
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (quoteDepth === 0) context.headingAt.set(heading.text.replace(/[*_`\\]/g, '').trim(), heading);
        out.push(
          new Paragraph({
            heading: context.cover ? HeadingLevel.TITLE : HEADING_LEVELS[Math.min(heading.depth, 6) - 1],
            children: inlines(heading.tokens, {}, context),
            ...(context.breakBefore.has(heading) ? { pageBreakBefore: true } : {}),
          }),
        );
        break;
      }
      case 'paragraph':
        if (context.cover) out.push(new Paragraph({ children: inlines((token as Tokens.Paragraph).tokens, { size: context.settings.fontSize + 5 }, context), alignment: AlignmentType.CENTER, spacing: { after: 240 } }));
        else {
          // A short line that leads into a list or a table ("Prosjektgruppe:") stays with it, as a heading does.
          const next = tokens.slice(index + 1).find((t) => t.type !== 'space');
          const leadIn = (next?.type === 'list' || next?.type === 'table') && (token as Tokens.Paragraph).text.length <= 120;
          out.push(new Paragraph({ children: inlines((token as Tokens.Paragraph).tokens, {}, context), ...quoteIndent(quoteDepth), ...gap, ...(leadIn ? { keepNext: true } : {}) }));
        }
        break;
      case 'text': {
        const text = token as Tokens.Text;
        out.push(new Paragraph({ children: inlines(text.tokens ?? [{ type: 'text', raw: text.raw, text: text.text } as Tokens.Text], {}, context), ...quoteIndent(quoteDepth) }));
        break;
      }
      case 'list':
        out.push(...(list(token as Tokens.List, context)));
        break;
      case 'table':
      {
        const next = tokens.slice(index + 1).find((t) => t.type !== 'space');
        const keepWithNext = context.keptWithNext.has(token as Tokens.Table);
        out.push(table(token as Tokens.Table, context, keepWithNext));
        // Word runs two adjacent tables together; an empty paragraph keeps them apart. Elsewhere it would be an empty line.
        if (next?.type === 'table') out.push(new Paragraph({ children: [], spacing: { after: 0 }, keepNext: keepWithNext }));
        break;
      }
      case 'blockquote':
        out.push(...(blocks((token as Tokens.Blockquote).tokens, context, quoteDepth + 1)));
        break;
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })], spacing: { after: 0 } }));
        break;
      case 'hr':
        out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } } }));
        break;
      case 'html': {
        const html = (token as Tokens.HTML).text;
        if (/<!--\s*pagebreak\s*-->/i.test(html)) out.push(new Paragraph({ children: [new PageBreak()] }));
        else if (/<!--\s*cover\s*-->/i.test(html)) context.cover = true;
        else if (/<!--\s*\/cover\s*-->/i.test(html)) context.cover = false;
        else if (isTocDirective(token)) out.push(new TableOfContents(context.settings.tocTitle ?? 'Table of contents', { hyperlink: true, headingStyleRange: `1-${context.settings.tocLevels}` }));
        // Other HTML cannot come from a plan (the templates escape it); a template's own is left out.
        break;
      }
      case 'space':
      case 'def':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out.push(...(blocks(token.tokens, context, quoteDepth)));
    }
  }
  return out;
}

function quoteIndent(depth: number) {
  return depth > 0 ? { indent: { left: 567 * depth } } : {};
}

function list(token: Tokens.List, context: Context): FileChild[] {
  const paragraphs = listParagraphs(token, 0, context);
  // The text after a list needs the space a paragraph has, or it reads as part of the last item.
  const last = paragraphs.at(-1);
  if (last) paragraphs[paragraphs.length - 1] = { ...last, spacing: { after: 120 } };
  return paragraphs.map((options) => new Paragraph(options));
}

function listParagraphs(token: Tokens.List, level: number, context: Context): IParagraphOptions[] {
  const out: IParagraphOptions[] = [];
  const start = token.ordered ? (typeof token.start === 'number' ? token.start : 1) : 1;
  if (token.ordered) context.orderedStarts.add(start);
  const instance = context.nextListInstance++;
  const numbering = token.ordered ? { reference: `ordered-${start}`, level: Math.min(level, 8), instance } : { reference: 'bullets', level: Math.min(level, 8) };
  for (const item of token.items) {
    let first = true;
    for (const child of item.tokens) {
      if (child.type === 'list') {
        out.push(...(listParagraphs(child as Tokens.List, level + 1, context)));
        continue;
      }
      const inlineTokens = 'tokens' in child && Array.isArray(child.tokens) ? child.tokens : [{ type: 'text', raw: child.raw, text: (child as Tokens.Text).text ?? child.raw } as Tokens.Text];
      if (child.type === 'space') continue;
      const children = inlines(inlineTokens, {}, context);
      out.push(first ? { children, numbering, spacing: { after: 60 } } : { children, indent: { left: 360 * (level + 1) }, spacing: { after: 60 } });
      first = false;
    }
  }
  return out;
}

/**
 * A table is kept on one page when it fits on one (judged by its estimated height, not its number of
 * rows), as a budget or a contact block is on the printed form. A longer one runs on, its header row
 * repeated on every page, its header never alone at a page's foot and its last row never alone at
 * a page's top. A row is split across pages only when the template allows it (an action plan's
 * long rows) and the row is too tall to move whole without leaving much of a page empty.
 */
function table(token: Tokens.Table, context: Context, keepWithNext: boolean): Table {
  const columns = token.header.length;
  const { widths, headerCells, bodyRows, heights, total } = measureTable(token, context);
  const keepTogether = keepWithNext || total <= context.pageHeight * 0.9;

  const cell = (content: Tokens.TableCell | undefined, column: number, header: boolean, keepNext: boolean) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      ...(header ? { shading: { fill: 'F2F2F2', type: 'clear' as const, color: 'auto' } } : {}),
      children: [new Paragraph({ children: inlines(content?.tokens ?? [], header ? { bold: true } : {}, context), alignment: alignment(token.align[column]), spacing: { after: 0 }, keepNext })],
    });
  const rows: TableRow[] = [];
  if (headerCells) rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: Array.from({ length: columns }, (_, i) => cell(headerCells[i], i, true, true)) }));
  for (const [index, row] of bodyRows.entries()) {
    const last = index === bodyRows.length - 1;
    const keepNext = last ? keepWithNext : keepTogether || index === bodyRows.length - 2;
    const splittable = context.settings.splitRows && heights[index]! > context.pageHeight / 4;
    const cells = Array.from({ length: columns }, (_, i) => cell(row[i], i, false, keepNext));
    rows.push(new TableRow({ cantSplit: !splittable, children: cells }));
  }
  // The cells' margins once for the table (tblCellMar), not in each of its cells.
  return new Table({ rows, width: { size: context.textWidth, type: WidthType.DXA }, columnWidths: widths, margins: { top: 40, bottom: 40, left: 100, right: 100 } });
}

interface MeasuredTable {
  widths: number[];
  /** The header row: a table without column names has its first row as its header, so that every table has one for readers and screen readers. */
  headerCells: readonly Tokens.TableCell[] | undefined;
  bodyRows: readonly (readonly Tokens.TableCell[])[];
  /** Estimated heights of the body rows, and of the whole table, in twips. */
  heights: number[];
  total: number;
}

function measureTable(token: Tokens.Table, context: Context): MeasuredTable {
  const widths = context.tableWidths.get(token) ?? columnWidths([token], context.textWidth);
  const blankHeader = token.header.every((h) => h.text.trim() === '');
  const headerCells = blankHeader && token.rows.length > 0 ? token.rows[0]! : blankHeader ? undefined : token.header;
  const bodyRows = blankHeader ? token.rows.slice(1) : token.rows;
  const size = context.settings.fontSize;
  const rowHeight = (cells: readonly Tokens.TableCell[], bold: boolean) =>
    Math.max(...widths.map((width, column) => lineCount(plainText(cells[column]?.text ?? ''), width - 200, size, bold))) * lineHeight(size) + 80;
  const heights = bodyRows.map((row) => rowHeight(row, false));
  const total = (headerCells ? rowHeight(headerCells, true) : 0) + heights.reduce((sum, height) => sum + height, 0);
  return { widths, headerCells, bodyRows, heights, total };
}

/** A cell's text as it is read: its line breaks kept, its Markdown emphasis and escapes gone. */
function plainText(markdown: string): string {
  return markdown.replace(/<br\s*\/?>/g, '\n').replace(/\*\*|__|\\(?=\S)/g, '');
}

/**
 * Tables next to each other that show the same columns are parts of one budget (costs, financing,
 * total): they are kept on one page where they fit on one together, and the heading above them
 * keeps with them.
 */
function keepBudgetsTogether(tokens: readonly Token[], context: Context): void {
  const blocks = tokens.filter((token) => token.type !== 'space');
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (end + 1 < blocks.length && blocks[end]!.type === 'table' && blocks[end + 1]!.type === 'table' && context.tableWidths.get(blocks[end] as Tokens.Table) === context.tableWidths.get(blocks[end + 1] as Tokens.Table)) end++;
    if (end === start) continue;
    const run = blocks.slice(start, end + 1) as Tokens.Table[];
    const height = run.reduce((sum, table) => sum + measureTable(table, context).total, 0);
    if (height <= context.pageHeight * 0.9) for (const table of run.slice(0, -1)) context.keptWithNext.add(table);
    start = end;
  }
}

/**
 * Tables that show the same columns (the years of one budget, each in its own table) share one set
 * of widths, worked out from all their rows, so that their figures line up down the page.
 */
function sharedWidths(tokens: readonly Token[], total: number): Map<Tokens.Table, number[]> {
  const groups = new Map<string, Tokens.Table[]>();
  const visit = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'table') {
        const table = token as Tokens.Table;
        const key = [table.header.length, ...table.header.slice(1).map((h) => h.text.trim())].join('\u0000');
        groups.set(key, [...(groups.get(key) ?? []), table]);
      } else if ('tokens' in token && Array.isArray(token.tokens) && token.type === 'blockquote') visit(token.tokens);
    }
  };
  visit(tokens);
  const widths = new Map<Tokens.Table, number[]>();
  for (const group of groups.values()) {
    // Label-and-value tables without column names have nothing in common but their shape.
    const named = group[0]!.header.slice(1).some((h) => h.text.trim() !== '');
    const shared = named ? columnWidths(group, total) : undefined;
    for (const table of group) widths.set(table, shared ?? columnWidths([table], total));
  }
  return widths;
}

/**
 * Readers need explicit column widths (LibreOffice lays a table out by them). A template sets them
 * as pandoc does, by the dashes of the delimiter row: `|:--|:------|` gives the second column three
 * times the first. Where every column has as many dashes, wider content gets a wider column, with
 * the square root keeping one long cell from starving the others.
 */
function columnWidths(tables: readonly Tokens.Table[], total: number): number[] {
  const first = tables[0]!;
  const dashes = delimiterDashes(first);
  if (dashes && new Set(dashes).size > 1) return shares(dashes, total);
  const longest = first.header.map((_, column) => Math.max(...tables.flatMap((table) => [table.header[column]?.text.length ?? 0, ...table.rows.map((row) => longestLine(row[column]?.text ?? ''))])));
  return shares(longest.map((length) => Math.sqrt(Math.min(Math.max(length, 6), 400))), total);
}

function shares(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[0]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The number of dashes in each column of the table's delimiter row, if it has one per column. */
function delimiterDashes(token: Tokens.Table): number[] | undefined {
  const delimiter = token.raw.split('\n')[1]?.trim().replace(/^\|/, '').replace(/\|$/, '');
  const counts = delimiter?.split('|').map((cell) => (cell.match(/-/g) ?? []).length);
  return counts && counts.length === token.header.length && counts.every((n) => n > 0) ? counts : undefined;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split(/<br>|\n/).map((line) => line.replace(/\*\*|\\/g, '').length));
}

function inlines(tokens: readonly Token[] | undefined, style: Inline, context: Context): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...(inlines((token as Tokens.Strong).tokens, { ...style, bold: true }, context)));
        break;
      case 'em':
        out.push(...(inlines((token as Tokens.Em).tokens, { ...style, italics: true }, context)));
        break;
      case 'del':
        out.push(...(inlines((token as Tokens.Del).tokens, { ...style, strike: true }, context)));
        break;
      case 'codespan':
        out.push(run(decodeEntities((token as Tokens.Codespan).text), { ...style, code: true }));
        break;
      case 'br':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const linkStyle = { ...style, link: true };
        const children = (inlines(link.tokens, linkStyle, context)).filter((child): child is TextRun => child instanceof TextRun);
        out.push(new ExternalHyperlink({ link: link.href, children: children.length ? children : [run(link.text, linkStyle)] }));
        break;
      }
      case 'image':
        out.push(image(token as Tokens.Image, context));
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test((token as Tokens.Tag).text.trim())) out.push(new TextRun({ break: 1 }));
        break;
      case 'escape':
        out.push(run((token as Tokens.Escape).text, style));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) out.push(...(inlines(text.tokens, style, context)));
        else out.push(run(decodeEntities(text.text).replace(/\s*\n\s*/g, ' '), style));
        break;
      }
      default:
        if ('text' in token && typeof token.text === 'string') out.push(run(token.text, style));
    }
  }
  return out;
}

function run(text: string, style: Inline): TextRun {
  return new TextRun({
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
    ...(style.code ? { font: 'Courier New' } : {}),
    ...(style.size ? { size: style.size * 2 } : {}),
    ...(style.link ? { style: 'Hyperlink' } : {}),
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The logo a template puts in the page header, read as every picture is (see core/picture.ts). */
function headerPicture(picture: NonNullable<DocxSettings['headerImage']>, context: Context): Paragraph {
  const read = readPicture(picture.path, { base: context.baseDir, folders: context.pictureFolders }, true);
  if (!read.ok) throw new DocxRenderError(`the header picture ${picture.path} cannot be used (${read.problem.code})`, picture.path);
  const { type, data, width: fullWidth = 1, height: fullHeight = 1 } = read.picture;
  const width = Math.min(fullWidth, picture.width ?? 120);
  const height = Math.round((fullHeight * width) / fullWidth);
  return new Paragraph({ children: [new ImageRun({ type, data: data!, transformation: { width, height }, altText: { name: picture.alt, description: picture.alt, title: picture.alt } })], spacing: { after: 60 } });
}

function image(token: Tokens.Image, context: Context): ParagraphChild {
  const address = pictureAddress(token.href);
  if (!address || !('file' in address)) throw new DocxRenderError(`a picture must be a file beside the plan, not ${token.href}`, token.href);
  const read = readPicture(address.file, { base: context.baseDir, folders: context.pictureFolders }, true);
  if (!read.ok) throw new DocxRenderError(`the picture ${token.href} cannot be used (${read.problem.code})`, token.href);
  const { type, data, width: fullWidth = 1, height: fullHeight = 1 } = read.picture;
  const maxWidth = 220;
  const width = Math.min(fullWidth, maxWidth);
  const height = Math.round((fullHeight * width) / fullWidth);
  return new ImageRun({ type, data: data!, transformation: { width, height }, altText: { name: token.text || 'image', description: token.text, title: token.text } });
}

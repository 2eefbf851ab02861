import { readFileSync, statSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { PageSetup } from './docx.js';

/**
 * The organisation's own Word template laid under a rendered document, as pandoc's --reference-doc
 * does: its styles (fonts, sizes and colours of Normal, the headings, Title, lists and tables, with
 * the theme they name), its page size and margins, and its headers and footers with their pictures
 * come from the reference (the page set-up through pageSetupOf, before the document is laid out);
 * the document's text, numbering and links stay the document's. What the
 * template's front matter puts in a header or footer (page numbers, "Bilaga 2") is added to the
 * reference's header or footer of the same kind, below its own content (a logo, the office's name).
 */

export type ReferenceProblem = 'missing' | 'not-file' | 'too-large' | 'not-docx';

export class ReferenceDocError extends Error {
  constructor(readonly problem: ReferenceProblem) {
    super({ missing: 'not found', 'not-file': 'not a file', 'too-large': 'larger than 50 MB', 'not-docx': 'not a Word document (.docx)' }[problem]);
  }
}

/** Larger than any template with a logo; a larger file is a mistake, not a template. */
const REFERENCE_LIMIT = 50 * 1024 * 1024;

/** The reference document's bytes: a regular file under the limit, judged before it is read. */
export function readReferenceDoc(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ReferenceDocError('missing');
  }
  if (!stat.isFile()) throw new ReferenceDocError('not-file');
  if (stat.size > REFERENCE_LIMIT) throw new ReferenceDocError('too-large');
  return readFileSync(path);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

type Parts = Record<string, Uint8Array<ArrayBufferLike>>;

export function applyReferenceDoc(document: Uint8Array, reference: Uint8Array): Uint8Array {
  const ours: Parts = unzipSync(document);
  let theirs: Parts;
  try {
    theirs = unzipSync(reference);
  } catch {
    throw new ReferenceDocError('not-docx');
  }
  const theirMain = text(theirs, 'word/document.xml');
  if (theirMain === undefined) throw new ReferenceDocError('not-docx');

  const theirStyles = text(theirs, 'word/styles.xml');
  const ourStyles = text(ours, 'word/styles.xml');
  if (theirStyles !== undefined && ourStyles !== undefined) ours['word/styles.xml'] = strToU8(mergeStyles(theirStyles, ourStyles));
  // The styles name the theme's fonts and colours ("+Headings", accent 1), so the theme goes with them.
  if (theirs['word/theme/theme1.xml'] && ours['word/theme/theme1.xml']) ours['word/theme/theme1.xml'] = theirs['word/theme/theme1.xml'];
  if (theirs['word/fontTable.xml'] && ours['word/fontTable.xml']) ours['word/fontTable.xml'] = theirs['word/fontTable.xml'];

  let main = text(ours, 'word/document.xml')!;
  let rels = text(ours, 'word/_rels/document.xml.rels')!;
  let types = text(ours, '[Content_Types].xml')!;
  const theirSection = lastSection(theirMain);
  const ourSection = lastSection(main);
  if (theirSection && ourSection) {
    // The page size and margins are the reference's already: the document was laid out for them (pageSetupOf).
    let section = ourSection;
    const theirRels = text(theirs, 'word/_rels/document.xml.rels') ?? '';
    const added = { count: 0 };
    for (const kind of ['header', 'footer'] as const) {
      for (const ref of references(theirSection, kind)) {
        const target = relationTarget(theirRels, ref.id);
        const found = target && text(theirs, `word/${target}`);
        if (!found) continue;
        const { xml: part, relations } = importPart(theirs, ours, found, text(theirs, `word/_rels/${target}.rels`), added);
        const ourRef = references(section, kind).find((r) => r.type === ref.type);
        const ourTarget = ourRef ? relationTarget(rels, ourRef.id) : undefined;
        const ourPart = ourTarget ? text(ours, `word/${ourTarget}`) : undefined;
        // The reference's header with the template's own paragraphs added below its content.
        const merged = ourPart ? appendParagraphs(part, ourPart, kind) : part;
        const withRelations = (name: string) => {
          const existing = text(ours, `word/_rels/${name}.rels`)?.match(/<Relationship\b[^>]*\/>/g) ?? [];
          if (existing.length + relations.length > 0) ours[`word/_rels/${name}.rels`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[...existing, ...relations].join('')}</Relationships>`);
        };
        if (ourTarget) {
          ours[`word/${ourTarget}`] = strToU8(merged);
          withRelations(ourTarget);
        } else {
          const name = `ref-${kind}${++added.count}.xml`;
          ours[`word/${name}`] = strToU8(merged);
          withRelations(name);
          const id = `rIdRef${kind}${added.count}`;
          rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${name}"/></Relationships>`);
          types = types.replace('</Types>', `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/></Types>`);
          section = section.replace(/^<w:sectPr[^>]*>/, (open) => `${open}<w:${kind}Reference w:type="${ref.type}" r:id="${id}"/>`);
          if (ref.type === 'first' && !/<w:titlePage\b/.test(section)) section = section.replace(/<\/w:sectPr>$/, '<w:titlePage/></w:sectPr>');
        }
      }
    }
    main = main.replace(ourSection, section);
  }
  ours['word/document.xml'] = strToU8(main);
  ours['word/_rels/document.xml.rels'] = strToU8(rels);
  ours['[Content_Types].xml'] = strToU8(ensureMediaTypes(types, ours));
  return zipSync(ours as Zippable, { level: 6 });
}

/** The reference's paper and margins, so that the document is laid out (its tables sized) for them. */
export function pageSetupOf(reference: Uint8Array): PageSetup | undefined {
  let main: string | undefined;
  try {
    main = text(unzipSync(reference, { filter: (file) => file.name === 'word/document.xml' }), 'word/document.xml');
  } catch {
    throw new ReferenceDocError('not-docx');
  }
  if (main === undefined) throw new ReferenceDocError('not-docx');
  const section = lastSection(main) ?? '';
  const size = /<w:pgSz\b[^>]*\/>/.exec(section)?.[0] ?? '';
  const margins = /<w:pgMar\b[^>]*\/>/.exec(section)?.[0] ?? '';
  const twips = (tag: string, name: string) => {
    const value = Number(new RegExp(`w:${name}="(-?\\d+)"`).exec(tag)?.[1]);
    return Number.isFinite(value) ? value : undefined;
  };
  const width = twips(size, 'w');
  const height = twips(size, 'h');
  const sides = ['top', 'right', 'bottom', 'left', 'header', 'footer'].map((name) => twips(margins, name));
  if (!width || !height || sides.some((side) => side === undefined)) return undefined;
  const [top, right, bottom, left, header, footer] = sides.map((side) => Math.abs(side!)) as [number, number, number, number, number, number];
  // A page with no room for text is a damaged template, not a layout.
  if (left + right >= Math.min(width, height) - 1000 || top + bottom >= Math.max(width, height) - 1000) return undefined;
  return { width, height, margin: { top, right, bottom, left, header, footer } };
}

function text(parts: Parts, name: string): string | undefined {
  const bytes = parts[name];
  return bytes ? strFromU8(bytes) : undefined;
}

/** The reference's styles, with those of ours that it does not define (a style the document uses must exist). */
function mergeStyles(theirs: string, ours: string): string {
  const ids = new Set([...theirs.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]!));
  const missing = [...ours.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)].filter((m) => !ids.has(m[1]!)).map((m) => m[0]);
  return missing.length > 0 ? theirs.replace(/<\/w:styles>\s*$/, missing.join('') + '</w:styles>') : theirs;
}

function lastSection(xml: string): string | undefined {
  const body = xml.lastIndexOf('</w:body>');
  const start = xml.lastIndexOf('<w:sectPr', body);
  if (start < 0) return undefined;
  const selfClosing = /^<w:sectPr[^>]*\/>/.exec(xml.slice(start));
  if (selfClosing) return selfClosing[0];
  const end = xml.indexOf('</w:sectPr>', start);
  return end < 0 ? undefined : xml.slice(start, end + '</w:sectPr>'.length);
}

function references(section: string, kind: 'header' | 'footer'): { type: string; id: string }[] {
  return [...section.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*/>`, 'g'))].map(([tag]) => ({ type: /w:type="([^"]+)"/.exec(tag)?.[1] ?? 'default', id: /r:id="([^"]+)"/.exec(tag)?.[1] ?? '' }));
}

function relationTarget(rels: string, id: string): string | undefined {
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*\/>/g)) if (new RegExp(`\\bId="${escapeRegExp(id)}"`).test(tag)) return /Target="([^"]+)"/.exec(tag)?.[1];
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The paragraphs and tables inside a header or footer part. */
function bodyOf(part: string, kind: 'header' | 'footer'): string {
  const tag = kind === 'header' ? 'hdr' : 'ftr';
  const open = new RegExp(`<w:${tag}\\b[^>]*>`).exec(part);
  const close = part.lastIndexOf(`</w:${tag}>`);
  return open && close > 0 ? part.slice(open.index + open[0].length, close) : '';
}

function appendParagraphs(part: string, ours: string, kind: 'header' | 'footer'): string {
  const paragraphs = bodyOf(ours, kind);
  // An empty paragraph (a blank first-page header of ours) adds nothing to the reference's.
  if (!/<w:t[ >]|<w:fld|<w:instrText|<w:drawing/.test(paragraphs)) return part;
  // Our paragraphs may use prefixes (a picture's wp:, a:, pic:) the reference's part does not declare.
  const tag = kind === 'header' ? 'hdr' : 'ftr';
  const declared = (root: string) => new Map([...root.matchAll(/\sxmlns:([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const ourRoot = new RegExp(`<w:${tag}\\b[^>]*>`).exec(ours)?.[0] ?? '';
  const theirRoot = new RegExp(`<w:${tag}\\b[^>]*>`).exec(part)?.[0] ?? '';
  const theirs = declared(theirRoot);
  const missing = [...declared(ourRoot)].filter(([prefix]) => !theirs.has(prefix)).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  const rooted = missing ? part.replace(theirRoot, theirRoot.replace(/\/?>$/, (end) => missing + end)) : part;
  return rooted.replace(new RegExp(`</w:${tag}>\\s*$`), (close) => paragraphs + close);
}

/**
 * A reference header or footer made ready to sit in the document: the pictures it shows copied
 * under names of their own, and its relationship ids renamed, so that neither can clash with the
 * document's own.
 */
function importPart(theirs: Parts, ours: Parts, xml: string, rels: string | undefined, added: { count: number }): { xml: string; relations: string[] } {
  const relations: string[] = [];
  let part = xml;
  for (const [tag] of rels?.matchAll(/<Relationship\b[^>]*\/>/g) ?? []) {
    const id = /\bId="([^"]+)"/.exec(tag)?.[1];
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (!id || !target) continue;
    const fresh = `rIdRef${++added.count}`;
    let relation = tag.replace(/\bId="[^"]+"/, `Id="${fresh}"`);
    const source = `word/${target.replace(/^\//, '')}`;
    if (!/TargetMode="External"/.test(tag) && theirs[source]) {
      const name = `media/ref${added.count}-${target.split('/').pop()}`;
      ours[`word/${name}`] = theirs[source]!;
      relation = relation.replace(/Target="[^"]+"/, `Target="${name}"`);
    }
    relations.push(relation);
    part = part.replace(new RegExp(`(r:(?:embed|id|link|pict)=")${escapeRegExp(id)}"`, 'g'), `$1${fresh}"`);
  }
  return { xml: part, relations };
}

/** Every picture's extension has a content type, or Word calls the file damaged. */
function ensureMediaTypes(types: string, parts: Parts): string {
  const known: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', gif: 'image/gif', emf: 'image/x-emf', wmf: 'image/x-wmf', svg: 'image/svg+xml', bmp: 'image/bmp', tif: 'image/tiff', tiff: 'image/tiff' };
  let out = types;
  for (const name of Object.keys(parts)) {
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
    if (!extension || !name.startsWith('word/media/') || new RegExp(`Extension="${extension}"`, 'i').test(out)) continue;
    out = out.replace('</Types>', `<Default Extension="${extension}" ContentType="${known[extension] ?? 'application/octet-stream'}"/></Types>`);
  }
  return out;
}

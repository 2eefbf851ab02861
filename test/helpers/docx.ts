import { unzipSync, strFromU8 } from 'fflate';

/** The parts of a .docx a reader sees: the body's XML, and its paragraphs' text with their styles. */
export interface DocxContents {
  files: Record<string, string>;
  documentXml: string;
  paragraphs: { style?: string; text: string; bold: boolean }[];
  tables: string[][][];
}

export function readDocx(bytes: Uint8Array): DocxContents {
  const entries = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) if (/\.(xml|rels)$/.test(name)) files[name] = strFromU8(data);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('no word/document.xml in the .docx');
  return { files, documentXml, paragraphs: paragraphsOf(documentXml), tables: tablesOf(documentXml) };
}

function paragraphsOf(xml: string): DocxContents['paragraphs'] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1];
    return { ...(style ? { style } : {}), text: textOf(paragraph), bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(paragraph) };
  });
}

function tablesOf(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell))),
  );
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
    .map((match) => (match[2] === 'tab' ? '\t' : match[2] === 'br' ? '\n' : decodeXml(match[1] ?? '')))
    .join('');
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

import { checkText } from '../../src/check/check.js';
import { renderDocx, renderMarkdown } from '../../src/render/render.js';
import { readDocx } from './docx.js';

function checked(text: string, file: string) {
  const result = checkText(text, file, { lang: 'en' });
  if (result.plan === undefined) throw new Error(`${file} does not parse: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result;
}

export async function markdownOf(text: string, file = 'plan.yaml'): Promise<string> {
  return (await renderMarkdown(checked(text, file))).markdown;
}

export async function docxOf(text: string, file = 'plan.yaml') {
  return readDocx(await renderDocx(checked(text, file)));
}

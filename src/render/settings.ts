import { z } from 'zod';

/**
 * Values from a plan reach the front matter with their braces doubled (see escape.ts), so that a
 * "{page}" typed into a plan is text, not a page field. Plain settings just undo the doubling.
 */
const settingText = z.string().transform((value) => value.replace(/\{\{/g, '{').replace(/\}\}/g, '}'));

/**
 * What a template says about its Word document in its front matter, under `docx:` — what
 * Markdown itself cannot say. Documented in the README for people who copy and change templates.
 */
export const docxSettingsSchema = z.strictObject({
  /** BCP 47 language tag of the text: spelling, hyphenation and screen readers use it. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/).default('sv-SE'),
  title: settingText.optional(),
  subject: settingText.optional(),
  author: settingText.optional(),
  description: settingText.optional(),
  keywords: settingText.optional(),
  /** Text of the page header; {page} and {pages} are page fields ({{ and }} are braces), a tab sends the rest to the right margin. */
  header: z.string().optional(),
  headerAlign: z.enum(['left', 'center', 'right']).default('left'),
  footer: z.string().optional(),
  footerAlign: z.enum(['left', 'center', 'right']).default('center'),
  /** No header or footer on the first page (a cover page). */
  differentFirstPage: z.boolean().default(false),
  /** With differentFirstPage: the first page's header instead of none (a draft's mark). */
  firstHeader: z.string().optional(),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  /** Let a long table row continue on the next page, as action plans' rows do; by default a row is kept on one page. */
  splitRows: z.boolean().default(false),
  font: z.string().default('Calibri'),
  fontSize: z.number().min(6).max(24).default(11),
  /** Title of the table of contents placed where the template says `<!-- toc -->`. */
  tocTitle: settingText.optional(),
  tocLevels: z.number().int().min(1).max(6).default(3),
  /**
   * The organisation's Word template whose styles, page set-up, headers and footers the document
   * takes (as pandoc's --reference-doc), relative to this template; --reference-doc and
   * `docx.referenceDoc` in .planrc.yaml win over it.
   */
  referenceDoc: settingText.optional(),
  /** A picture (a logo) at the start of the page header, relative to the plan, with its alt text. */
  headerImage: z.strictObject({ path: settingText, alt: settingText, width: z.number().min(10).max(600).optional() }).optional(),
});

export type DocxSettings = z.output<typeof docxSettingsSchema>;

export const frontMatterSchema = z.looseObject({ docx: docxSettingsSchema.default(docxSettingsSchema.parse({})) });

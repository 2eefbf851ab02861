import { escapeMarkdown, type EscapeContext } from './escape.js';

/**
 * A value a draft lacks, shown where the value would stand: "[saknas: D.2 Rubrik för aktivitet]".
 * Its text is kept private, so a template that walks it (`{{#each}}`) finds nothing to list, and
 * every helper that prints a value (amount, date, link …) prints the placeholder instead.
 */
export class Placeholder {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  toString(): string {
    return this.#text;
  }

  /** The placeholder in the Markdown around it: its words escaped, its brackets kept, so a reader sees "[saknas: …]". */
  markdown(context: EscapeContext): string {
    if (context === 'yaml' || context === 'yaml-quoted') return escapeMarkdown(this.#text, context);
    const inner = this.#text.replace(/^\[|\]$/g, '');
    return `[${escapeMarkdown(inner, context === 'cell' || context === 'heading' ? context : 'inline')}]`;
  }
}

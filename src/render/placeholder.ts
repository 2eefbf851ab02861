import { escapeMarkdown, type EscapeContext } from './escape.js';

/**
 * A value a draft lacks, shown where the value would stand: "[saknas: D.2 Rubrik för aktivitet]".
 * Its words are kept private, so a template that walks it (`{{#each}}`) finds nothing to list, and
 * every helper that prints a value (amount, date, link …) prints the placeholder instead.
 */
export class Placeholder {
  /** "saknas: D.2 Rubrik för aktivitet", without its brackets. */
  readonly #words: string;

  constructor(words: string) {
    this.#words = words;
  }

  toString(): string {
    return `[${this.#words}]`;
  }

  /** The placeholder in the Markdown around it: its words escaped, its brackets kept, so a reader sees "[saknas: …]". */
  markdown(context: EscapeContext): string {
    if (context === 'yaml' || context === 'yaml-quoted') return escapeMarkdown(this.toString(), context);
    return `[${escapeMarkdown(this.#words, context === 'cell' || context === 'heading' ? context : 'inline')}]`;
  }
}

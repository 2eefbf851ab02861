import type { FieldPath } from '../kinds/data/paths.js';
import type { FieldLimit } from './limits.js';

/**
 * A field of a kind's form as `plan fields` walks it: in the form's order, with the label the form
 * prints and the limit the funder's portal sets. Compiled from the kind file (src/kinds/data/compile.ts).
 */
export interface FormField {
  key: string;
  /** Where it is, `[]` standing for every entry of a list. */
  path: FieldPath;
  /** The label as the form prints it (an entry of a list has its list's). */
  label: string;
  /** The kind file's type: text, markdown, amount, list, group … */
  type: string;
  /** The kind's limit; a plan may set a stricter one under `limits:`. */
  limit?: FieldLimit;
  /** A group's, contact's, person's or period's own fields, in order. */
  fields?: readonly FormField[];
  /** What each entry of a list is. */
  item?: FormField;
}

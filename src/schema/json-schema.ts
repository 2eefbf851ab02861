import { z } from 'zod';
import type { AnyKind } from '../kinds/define.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The file name a kind's schema is shipped under in the package's schemas/ folder. */
export function schemaFileName(kind: AnyKind): string {
  return `${kind.id}.schema.json`;
}

/**
 * The kind's JSON Schema, for editors: what a user may write (zod's input side: an amount is a
 * number or a string), with every field's title and description in the document's language.
 */
export function kindJsonSchema(kind: AnyKind): Record<string, unknown> {
  const generated = z.toJSONSchema(kind.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema: _dialect, ...rest } = generated;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...rest,
    title: kind.title,
  };
}

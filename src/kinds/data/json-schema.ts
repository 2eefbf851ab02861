import { z } from 'zod';
import { kindFileSchemas } from './format.js';

/** The kind file's JSON Schema, for editors (schemas/kind.schema.json). */
export function kindFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(kindFileSchemas().kindFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...generated, $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'plan kind file (kind.yaml)' };
}

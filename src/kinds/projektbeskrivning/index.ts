import { defineKind } from '../define.js';
import { schema } from './schema.js';
import { messages } from './messages.js';
import { rules } from './rules.js';

export default defineKind({
  id: 'projektbeskrivning',
  lang: 'sv',
  title: 'Projektbeskrivning',
  description: 'The public description of an EU Social Fund project run jointly by several municipalities: owner, participants, partners, contact, needs, purpose and implementation.',
  schema,
  messages,
  rules,
  templates: { sv: 'templates/projektbeskrivning/sv.md.hbs' },
  // Further sections are the exception: a new plan has none to fill in or delete.
  starter: () => ({ otherSections: [] }),
});

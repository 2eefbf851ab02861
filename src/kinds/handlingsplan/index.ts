import { defineKind } from '../define.js';
import { messages } from './messages.js';
import { rules } from './rules.js';
import { schema } from './schema.js';

export { summarise, progressOf, type Summary, type Phase } from './progress.js';
export type { Handlingsplan } from './schema.js';

export default defineKind({
  id: 'handlingsplan',
  lang: 'sv',
  title: 'Handlingsplan',
  description: 'An action plan: a table of problems, actions, dates or statuses and responsible roles, signed off with date, unit and manager.',
  schema,
  messages,
  templates: { sv: 'templates/handlingsplan/sv.md.hbs' },
  rules,
});

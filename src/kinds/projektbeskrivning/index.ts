import { defineKind } from '../define.js';
import { schema } from './schema.js';
import { messages } from './messages.js';
import { rules } from './rules.js';
import { formatPeriod } from '../../core/period.js';

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
  summary(plan, { t, lang }) {
    return {
      figures: [
        { label: t('projektbeskrivning.summary.period'), value: formatPeriod(plan.period, lang) },
        { label: t('projektbeskrivning.summary.fromStart'), value: plan.participants.fromStart.length },
        { label: t('projektbeskrivning.summary.joinedLater'), value: plan.participants.joinedLater?.length ?? 0 },
        { label: t('projektbeskrivning.summary.partners'), value: plan.partners?.length ?? 0 },
      ],
    };
  },
});

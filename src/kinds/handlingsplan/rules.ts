import { formatDate } from '../../core/dates.js';
import { didYouMean } from '../../core/suggest.js';
import { formatList } from '../../i18n/index.js';
import type { Rule } from '../define.js';
import { planDay, progressOf } from './progress.js';
import type { Handlingsplan } from './schema.js';

export const rules: readonly Rule<Handlingsplan>[] = [
  {
    id: 'handlingsplan/duplicate-role',
    severity: 'error',
    description: 'Each role is declared once in the list of roles.',
    check(plan, { t, report }) {
      const seen = new Set<string>();
      plan.roles.forEach((role, index) => {
        if (seen.has(role.abbreviation)) {
          report({ pointer: `/roles/${index}/abbreviation`, message: t('handlingsplan.duplicateRole', { role: role.abbreviation }), hint: t('handlingsplan.duplicateRoleHint') });
        }
        seen.add(role.abbreviation);
      });
    },
  },
  {
    id: 'handlingsplan/unknown-role',
    severity: 'error',
    description: "Every responsible role in a row is one of the plan's declared roles.",
    check(plan, { t, lang, report }) {
      const known = plan.roles.map((role) => role.abbreviation);
      plan.actions.forEach((action, a) => {
        action.responsible.forEach((reference, r) => {
          if (known.includes(reference.role)) return;
          const suggestion = didYouMean(reference.role, known);
          report({
            pointer: `/actions/${a}/responsible/${r}`,
            message: t('handlingsplan.unknownRole', { role: reference.role }),
            hint: suggestion ? t('schema.didYouMean', { suggestion }) : t('handlingsplan.knownRoles', { role: reference.role, roles: formatList(lang, known.map((k) => `"${k}"`)) }),
          });
        });
      });
    },
  },
  {
    id: 'handlingsplan/unused-role',
    severity: 'warning',
    description: 'Every declared role is responsible for at least one action.',
    check(plan, { t, report }) {
      const used = new Set(plan.actions.flatMap((action) => action.responsible.map((r) => r.role)));
      plan.roles.forEach((role, index) => {
        if (!used.has(role.abbreviation)) report({ pointer: `/roles/${index}/abbreviation`, message: t('handlingsplan.unusedRole', { role: role.abbreviation }), hint: t('handlingsplan.unusedRoleHint') });
      });
    },
  },
  {
    id: 'handlingsplan/date-before-plan',
    severity: 'error',
    description: "A date that ends before the plan's own date is allowed only in a row that says the work has started or is done.",
    check(plan, { t, lang, report }) {
      const day = planDay(plan);
      if (!day) return;
      plan.actions.forEach((action, a) => {
        const progress = progressOf(action, a, day);
        if (progress.statements.some((s) => s.fact)) return;
        const reported = new Set<number>();
        for (const { entry, date } of progress.statements) {
          if (!date.span || date.span.to >= day.from || reported.has(entry)) continue;
          reported.add(entry);
          const written = action.date[entry]!;
          report({
            pointer: `/actions/${a}/date/${entry}`,
            message: t('handlingsplan.deadlinePassed', { date: written.text, end: formatDate(date.span.to, lang), planDate: formatDate(plan.date, lang) }),
            hint: t('handlingsplan.deadlinePassedHint', { date: written.text }),
          });
        }
      });
    },
  },
];

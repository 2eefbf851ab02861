import { formatDate, spanWithin } from '../../core/dates.js';
import { periodOrderRule, periodSpan } from '../../core/period.js';
import { toPointer, type PathSegment } from '../../core/diagnostic.js';
import { didYouMean } from '../../core/suggest.js';
import type { Rule } from '../define.js';
import type { ProjektbeskrivningPlan } from './schema.js';

type Plan = ProjektbeskrivningPlan;
type ListName = 'fromStart' | 'joinedLater' | 'partners';

interface Listed {
  name: string;
  list: ListName;
  pointer: string;
}

/** Every organisation the plan lists, with where: the municipalities in both groups, then the partners. */
function listed(plan: Plan): Listed[] {
  const at = (...path: PathSegment[]) => toPointer(path);
  return [
    ...plan.participants.fromStart.map((name, i) => ({ name, list: 'fromStart' as const, pointer: at('participants', 'fromStart', i) })),
    ...(plan.participants.joinedLater ?? []).map((member, i) => ({ name: member.name, list: 'joinedLater' as const, pointer: at('participants', 'joinedLater', i) })),
    ...(plan.partners ?? []).map((name, i) => ({ name, list: 'partners' as const, pointer: at('partners', i) })),
  ];
}

/** "Sollentuna  kommun" and "sollentuna kommun" are the same organisation written twice. */
function sameName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Dates in messages are quoted as the document writes them, whatever language the message is in. */
const written = (value: Parameters<typeof formatDate>[0]) => formatDate(value, 'sv');

/** The days from the first day the start can mean to the last day the end can mean, if both are dates with days. */

export const rules: readonly Rule<Plan>[] = [
  periodOrderRule<Plan>((plan) => plan.period),
  {
    id: 'participants/joined-outside-period',
    severity: 'error',
    description: 'A municipality that joined later has, where a date is given, a join date inside the project period.',
    check(plan, { t, report }) {
      const period = periodSpan(plan.period);
      if (!period) return;
      (plan.participants.joinedLater ?? []).forEach((member, index) => {
        const joined = 'joined' in member ? member.joined : undefined;
        if (!joined?.span || spanWithin(joined.span, period)) return;
        report({
          pointer: toPointer(['participants', 'joinedLater', index, 'joined']),
          message: t('projektbeskrivning.joinedOutside', { name: member.name, joined: written(joined), start: written(plan.period.start), end: written(plan.period.end) }),
          hint: t('projektbeskrivning.joinedOutsideHint'),
        });
      });
    },
  },
  {
    id: 'owner/not-participant',
    severity: 'error',
    description: 'The project owner is one of the participating municipalities, written as in their list.',
    check(plan, { t, report }) {
      const members = listed(plan).filter((entry) => entry.list !== 'partners').map((entry) => entry.name);
      if (members.includes(plan.owner)) return;
      const suggestion = members.find((name) => sameName(name) === sameName(plan.owner)) ?? didYouMean(plan.owner, members);
      report({
        pointer: '/owner',
        message: t('projektbeskrivning.ownerNotParticipant', { owner: plan.owner }),
        hint: suggestion ? t('schema.didYouMean', { suggestion }) : t('projektbeskrivning.ownerNotParticipantHint'),
      });
    },
  },
  {
    id: 'participants/duplicate',
    severity: 'error',
    description: 'No organisation is listed twice: not at the start and again as joined later, not twice in one list, not as both participant and partner.',
    check(plan, { t, report, locate }) {
      // The second place in the file is the one to remove, whichever list comes first there.
      const entries = listed(plan)
        .map((entry) => ({ ...entry, span: locate(entry.pointer) }))
        .sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
      const first = new Map<string, (typeof entries)[number]>();
      for (const entry of entries) {
        const key = sameName(entry.name);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, entry);
          continue;
        }
        report({
          pointer: entry.pointer,
          message: t('projektbeskrivning.duplicate', { name: entry.name, list: t(`projektbeskrivning.list.${earlier.list}`), line: earlier.span.line }),
          hint: t(earlier.list === 'fromStart' && entry.list === 'joinedLater' ? 'projektbeskrivning.duplicateLaterHint' : 'projektbeskrivning.duplicateHint'),
        });
      }
    },
  },
  {
    id: 'funding/missing-statement',
    severity: 'error',
    description: 'A co-financed project carries its funding statement.',
    check(plan, { t, report }) {
      if (!plan.funding.coFinanced || plan.funding.statement?.trim()) return;
      report({ pointer: '/funding/coFinanced', message: t('projektbeskrivning.missingStatement'), hint: t('projektbeskrivning.missingStatementHint', { title: plan.title }) });
    },
  },
];

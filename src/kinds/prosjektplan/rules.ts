import { toPointer } from '../../core/diagnostic.js';
import type { Rule } from '../define.js';
import type { ProsjektplanPlan } from './schema.js';

type PlanRule = Rule<ProsjektplanPlan>;

/** "Delmål 2" → 2: the number a sub-goal's activities are numbered under. */
export function subGoalNumber(id: string): number | undefined {
  const match = /(\d+)\s*$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** "HA 2.1" → [2, 1]. */
export function activityNumber(id: string): [number, number] | undefined {
  const match = /(\d+)\.(\d+)\s*$/.exec(id);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Ids compare as a reader reads them: "HA 2.1", "ha  2.1" and "HA2.1" are the same activity. */
const sameId = (id: string) => id.toLowerCase().replace(/\s+/g, '');

const activityIds: PlanRule = {
  id: 'activity/id-format',
  severity: 'error',
  description: 'Sub-goals are numbered ("Delmål 2") and main activities carry a number "HA N.M".',
  check(plan, { t, report }) {
    plan.subGoals.forEach((goal, g) => {
      if (subGoalNumber(goal.id) === undefined) report({ pointer: toPointer(['subGoals', g, 'id']), message: t('prosjektplan.subGoalNumber', { id: goal.id }) });
      goal.activities?.forEach((activity, a) => {
        if (activityNumber(activity.id)) return;
        const example = `HA ${subGoalNumber(goal.id) ?? 1}.${a + 1}`;
        report({ pointer: toPointer(['subGoals', g, 'activities', a, 'id']), message: t('prosjektplan.activityNumber', { id: activity.id }), hint: t('prosjektplan.activityNumberHint', { example }) });
      });
    });
  },
};

const activityUnderItsGoal: PlanRule = {
  id: 'activity/sub-goal-mismatch',
  severity: 'error',
  description: 'A main activity "HA N.M" sits under "Delmål N".',
  check(plan, { t, report }) {
    plan.subGoals.forEach((goal, g) => {
      const goalNumber = subGoalNumber(goal.id);
      if (goalNumber === undefined) return;
      goal.activities?.forEach((activity, a) => {
        const number = activityNumber(activity.id);
        if (!number || number[0] === goalNumber) return;
        const target = plan.subGoals.find((other) => subGoalNumber(other.id) === number[0]);
        report({
          pointer: toPointer(['subGoals', g, 'activities', a, 'id']),
          message: t('prosjektplan.activityGoal', { id: activity.id, goal: goal.id, number: goalNumber }),
          hint: target ? t('prosjektplan.activityGoalMove', { goal: target.id, number: goalNumber }) : t('prosjektplan.activityGoalRenumber', { number: goalNumber }),
        });
      });
    });
  },
};

const uniqueIds: PlanRule = {
  id: 'activity/duplicate-id',
  severity: 'error',
  description: 'No two sub-goals, and no two main activities, share an id.',
  check(plan, { t, report }) {
    const goals = new Map<string, string>();
    const activities = new Map<string, string>();
    plan.subGoals.forEach((goal, g) => {
      const key = sameId(goal.id);
      const first = goals.get(key);
      if (first !== undefined) report({ pointer: toPointer(['subGoals', g, 'id']), message: t('prosjektplan.duplicateSubGoal', { id: goal.id }) });
      else goals.set(key, goal.id);
      goal.activities?.forEach((activity, a) => {
        const activityKey = sameId(activity.id);
        const under = activities.get(activityKey);
        if (under !== undefined) report({ pointer: toPointer(['subGoals', g, 'activities', a, 'id']), message: t('prosjektplan.duplicateActivity', { id: activity.id, goal: under }) });
        else activities.set(activityKey, goal.id);
      });
    });
  },
};

const assuranceRefersToFactor: PlanRule = {
  id: 'quality/unknown-factor',
  severity: 'error',
  description: 'Each entry in 5.3 ("Vedr. pkt. N") refers to a critical success factor listed in 5.1.',
  check(plan, { t, report }) {
    const count = plan.successFactors.length;
    plan.factorAssurance.entries.forEach((entry, e) => {
      if (entry.factor <= count) return;
      report({ pointer: toPointer(['factorAssurance', 'entries', e, 'factor']), message: t('prosjektplan.unknownFactor', { factor: entry.factor, count }), hint: t('prosjektplan.unknownFactorHint', { count }) });
    });
  },
};

const everyFactorAssured: PlanRule = {
  id: 'quality/missing-assurance',
  severity: 'error',
  description: 'Every critical success factor in 5.1 has its quality-assurance entry in 5.3.',
  check(plan, { t, report }) {
    const assured = new Set(plan.factorAssurance.entries.map((entry) => entry.factor));
    plan.successFactors.forEach((factor, f) => {
      if (assured.has(f + 1)) return;
      report({ pointer: toPointer(['successFactors', f]), message: t('prosjektplan.missingAssurance', { factor: f + 1, text: factor }), hint: t('prosjektplan.missingAssuranceHint', { factor: f + 1 }) });
    });
  },
};

export const rules: readonly PlanRule[] = [activityIds, activityUnderItsGoal, uniqueIds, assuranceRefersToFactor, everyFactorAssured];

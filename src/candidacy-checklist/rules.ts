/** Turns a patient's answers into an outcome, in the browser only. */
import type { ResultDetail } from '../core/events.js';
import type { ChecklistData, Condition } from '../schema/checklist.js';

export type Answers = Record<string, string>;

export function holds(condition: Condition, answers: Answers): boolean {
  const is = (id: string) => answers[id] === condition.is;
  return (!condition.any || condition.any.some(is)) && (!condition.all || condition.all.every(is));
}

export function isComplete(data: ChecklistData, answers: Answers): boolean {
  return data.questions.every((question) => answers[question.id] !== undefined);
}

/** The result once every question is answered; null before. */
export function evaluate(data: ChecklistData, answers: Answers): ResultDetail | null {
  if (!isComplete(data, answers)) return null;
  const own = Object.fromEntries(data.questions.map((question) => [question.id, answers[question.id]!]));
  if (data.scoring === 'count') {
    const open = data.questions.filter((question) => own[question.id] !== 'yes').map((question) => question.id);
    return { outcome: 'score', answers: own, score: { yes: data.questions.length - open.length, total: data.questions.length, open } };
  }
  // The schema guarantees a last rule without conditions, so one always matches.
  const rule = data.rules!.find((candidate) => (candidate.if ?? []).every((condition) => holds(condition, own)))!;
  return { outcome: rule.outcome, answers: own };
}

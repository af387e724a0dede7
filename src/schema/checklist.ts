/** The data behind `<mq-candidacy-checklist>`: questions, and rules that turn answers into an outcome. */
import * as z from 'zod/mini';
import { id, longText, oneOf, shortText } from './common.js';

const question = () =>
  z.object({
    id: id(),
    text: longText(),
    help: z.optional(longText()),
    /** The answers offered; yes / no / not sure (values `yes`, `no`, `unsure`) when omitted. */
    options: z.optional(z.array(z.object({ value: id(), label: shortText() })).check(z.minLength(2), z.maxLength(10))),
  });

/** `any`: at least one of these questions was answered `is`; `all`: every one of them was. */
const condition = () =>
  z.object({
    any: z.optional(z.array(id()).check(z.minLength(1))),
    all: z.optional(z.array(id()).check(z.minLength(1))),
    is: id(),
  });

/** A rule matches when all its conditions hold (a rule without any always matches); the first match wins. */
const rule = () =>
  z.object({
    outcome: id(),
    if: z.optional(z.array(condition()).check(z.maxLength(10))),
  });

const outcome = () =>
  z.object({
    id: id(),
    /** `positive`, `caution` or `stop`: sets the symbol and colour shown with the title. */
    tone: oneOf('positive', 'caution', 'stop'),
    title: shortText(),
    text: longText(),
  });

export const checklist = z.lazy(() =>
  z
    .object({
      title: shortText(),
      intro: z.optional(longText()),
      questions: z.array(question()).check(z.minLength(1), z.maxLength(50)),
      /** `rules` (default): the rules pick an outcome. `count`: a score of "yes" answers, with the open points. */
      scoring: z.optional(oneOf('rules', 'count')),
      rules: z.optional(z.array(rule()).check(z.maxLength(50))),
      outcomes: z.optional(z.array(outcome()).check(z.maxLength(20))),
    })
    .check(
      z.refine((c) => c.scoring === 'count' || (c.rules?.length && c.outcomes?.length && !c.rules.at(-1)!.if?.length), {
        message: 'rules scoring needs outcomes and rules, the last one without conditions',
        path: ['rules'],
      }),
      z.refine(
        (c) => {
          const questions = new Set(c.questions.map((q) => q.id));
          const outcomes = new Set(c.outcomes?.map((o) => o.id));
          return (c.rules ?? []).every(
            (r) => outcomes.has(r.outcome) && (r.if ?? []).every((c) => [...(c.any ?? []), ...(c.all ?? [])].every((q) => questions.has(q))),
          );
        },
        { message: 'a rule names an outcome or question that does not exist', path: ['rules'] },
      ),
    ),
);

export type ChecklistData = z.infer<typeof checklist>;
export type Question = ChecklistData['questions'][number];
export type Rule = NonNullable<ChecklistData['rules']>[number];
export type Condition = NonNullable<Rule['if']>[number];
export type Outcome = NonNullable<ChecklistData['outcomes']>[number];

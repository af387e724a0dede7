/** The data behind `<mq-recovery-timeline>`. */
import * as z from 'zod/mini';
import { id, longText, oneOf, shortText } from './common.js';

const days = () => z.number().check(z.minimum(0), z.maximum(1000));

const phase = () =>
  z.object({
    id: id(),
    title: shortText(),
    /** A range: `{ "min": 2, "max": 4, "unit": "days" }`. */
    duration: z
      .object({ min: days(), max: days(), unit: oneOf('hours', 'days', 'weeks', 'months') })
      .check(z.refine((d) => d.max >= d.min, { message: 'max must not be below min', path: ['max'] })),
    /** Where the patient is during the phase; the time abroad adds up the `abroad` phases. */
    where: oneOf('abroad', 'home'),
    /** What happens, including what the patient may feel. */
    description: z.optional(longText()),
  });

export const timeline = z.lazy(() =>
  z.object({
    /** What the timeline is for, e.g. "Stem cell therapy for scars". */
    title: shortText(),
    phases: z.array(phase()).check(z.minLength(1), z.maxLength(20)),
  }),
);

export type TimelineData = z.infer<typeof timeline>;
export type Phase = TimelineData['phases'][number];

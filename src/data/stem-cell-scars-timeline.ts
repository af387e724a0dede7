/**
 * The default recovery and travel timeline for stem cell therapy for scars, from the seed's figures:
 * 1–2 days before treatment, a procedure day of 4–6 hours, 2–4 days of local recovery (all abroad),
 * then 3–6 months of regeneration at home. The words come from the element's catalog.
 */
import type { TimelineData } from '../schema/timeline.js';

export interface TimelineWords {
  title: string;
  phases: Record<'pre' | 'procedure' | 'recovery' | 'results', { title: string; description: string }>;
}

export function stemCellScarTimeline({ title, phases }: TimelineWords): TimelineData {
  return {
    title,
    phases: [
      { id: 'pre-treatment', ...phases.pre, duration: { min: 1, max: 2, unit: 'days' }, where: 'abroad' },
      { id: 'procedure', ...phases.procedure, duration: { min: 4, max: 6, unit: 'hours' }, where: 'abroad' },
      { id: 'local-recovery', ...phases.recovery, duration: { min: 2, max: 4, unit: 'days' }, where: 'abroad' },
      { id: 'regeneration', ...phases.results, duration: { min: 3, max: 6, unit: 'months' }, where: 'home' },
    ],
  };
}

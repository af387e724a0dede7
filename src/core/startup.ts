/**
 * First renders share a small budget of main-thread time per task: the first elements on the page
 * (the ones at the top, in view) render at once, before the page is painted, so nothing shifts;
 * the rest wait for tasks of their own, so several widgets never make one long task that delays
 * the patient's first input. No layout is read to decide: that would cost more than it saves.
 */

/** Milliseconds of first renders allowed in one task. */
export const STARTUP_BUDGET_MS = 12;

/** When the current task's first render started; -1 until one does. */
let taskStart = -1;

/** Whether a first render may still start in this task. */
export function withinStartupBudget(now = performance.now()): boolean {
  if (taskStart < 0) {
    taskStart = now;
    setTimeout(() => (taskStart = -1)); // the next task starts a new budget
  }
  return now - taskStart < STARTUP_BUDGET_MS;
}

/**
 * What survives a reload or an accidental navigation: the patient's step-1 answers (and health
 * details only when the partner opts in with `persist-health`), in session storage, which the
 * browser clears when the tab closes. Consents are never kept: they are given afresh. Photos are
 * never kept: they are too large for session storage.
 */
import { HEALTH_FIELDS, STEP_ONE_FIELDS, type FormState } from './form-state.js';

export type Step = 'contact' | 'health' | 'consent' | 'review';

export interface Draft {
  state: Partial<FormState>;
  step: Step;
  startedAt: number;
  /** The Idempotency-Key of a request that was being sent, so a resend after a reload is the same request. */
  key?: string;
}

const storage = (): Storage | null => {
  try {
    return sessionStorage;
  } catch {
    return null; // storage disabled by the browser or a sandboxed frame
  }
};

export function loadDraft(name: string): Draft | null {
  try {
    const draft = JSON.parse(storage()?.getItem(name) ?? 'null') as Draft | null;
    return draft && typeof draft === 'object' && draft.state ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(name: string, draft: Draft, persistHealth: boolean): void {
  const fields: readonly (keyof FormState)[] = persistHealth ? [...STEP_ONE_FIELDS, ...HEALTH_FIELDS] : STEP_ONE_FIELDS;
  const state = Object.fromEntries(fields.map((field) => [field, draft.state[field]]));
  try {
    storage()?.setItem(name, JSON.stringify({ ...draft, state }));
  } catch {
    // Full or unavailable: the form still works, it just will not survive a reload.
  }
}

export function clearDraft(name: string): void {
  storage()?.removeItem(name);
}

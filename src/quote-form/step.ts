/** The form's steps, in order of appearance. A file of its own so form-state and draft need not import each other. */
export type Step = 'contact' | 'health' | 'consent' | 'review';

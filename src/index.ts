/**
 * `medquote`: the element classes, event classes, types and schemas, with no side effects.
 * Import `medquote/<element>.js` (or `medquote/all.js`) to register the elements.
 */
export { MqElement } from './core/element.js';
export { defineElement } from './core/define.js';
export { VERSION } from './core/version.js';
export * from './core/events.js';
export type { DataIssue, DataSource } from './core/data.js';
export { MqCostTable } from './cost-table/cost-table.js';
export { MqRecoveryTimeline } from './recovery-timeline/recovery-timeline.js';
export { MqCandidacyChecklist } from './candidacy-checklist/candidacy-checklist.js';
export { MqQuoteForm } from './quote-form/quote-form.js';
export { MqTripEstimator } from './trip-estimator/trip-estimator.js';
export { MqEstimateEvent } from './trip-estimator/estimate-event.js';
export { MqQuoteButton } from './quote-button/quote-button.js';
export * from './schema/index.js';
export { stemCellScarCosts } from './data/stem-cell-scars.js';
export { stemCellScarTimeline } from './data/stem-cell-scars-timeline.js';
export { stemCellScarCandidacy, clinicDueDiligence } from './data/stem-cell-scars-checklists.js';
export { stemCellScarTrip } from './data/stem-cell-scars-trip.js';

/**
 * `medquote`: the element classes, event classes, types and schemas, with no side effects.
 * Import `medquote/cost-table.js` (or `medquote/all.js`) to register the elements.
 */
export { MqElement } from './core/element.js';
export { defineElement } from './core/define.js';
export { VERSION } from './core/version.js';
export * from './core/events.js';
export type { DataIssue, DataSource } from './core/data.js';
export { MqCostTable } from './cost-table/cost-table.js';
export * from './schema/index.js';
export { stemCellScarCosts } from './data/stem-cell-scars.js';

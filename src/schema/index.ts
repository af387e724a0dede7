/** `medquote/schema`: every data schema and its type, for browsers and servers alike. */
export * from './common.js';
export * from './validate.js';
export * from './cost-table.js';
export * from './timeline.js';
export * from './checklist.js';
export * from './quote-request.js';
export * from './quote-form.js';
export * from './fingerprint.js';
export * from './trip.js';
export * from './estimate.js';

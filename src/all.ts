/** Registers every medquote element (the CDN's medquote.js). */
import './cost-table/define.js';
import './recovery-timeline/define.js';
import './candidacy-checklist/define.js';
import './quote-form/define.js';
import './trip-estimator/define.js';
import './quote-button/define.js';
export * from './index.js';

/** Registers every medquote element (the CDN's medquote.js). */
import './cost-table/define.js';
export * from './index.js';

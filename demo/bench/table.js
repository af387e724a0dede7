import { rows } from './rows.js';

const table = document.querySelector('mq-cost-table');
table.data = { caption: 'Benchmark', currency: 'USD', baseline: { id: 'base', label: 'Baseline', low: 20000, high: 30000 }, rows };

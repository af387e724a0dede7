// npm run bench (after the build): medquote against a bare Lit element, in headless Chromium, one
// run. Prints a table and writes it into docs/performance.md between the bench markers. Not a test:
// the figures vary from machine to machine; that page says on which they were taken.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromeArgs, chromePath, noBrowserMessage } from './chrome.js';
import { replaceBetweenMarkers } from './docs/markers.js';

if (!chromePath) throw new Error(noBrowserMessage);
const RUNS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

// The floor: a bare Lit element bundled the same way as the CDN files.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/cdn/bench',
    emptyOutDir: true,
    lib: { entry: 'demo/bench/floor.ts', formats: ['es'], fileName: () => 'floor.js' },
    rolldownOptions: { output: { minify: true } },
  },
});

const port = 8000 + Math.floor(Math.random() * 900);
const server = spawn(process.execPath, ['demo/serve.js'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
// A browser just launched spends its first seconds on its own pages (the new-tab page's scripts),
// on the same two cores. A patient's browser is already running, so let it settle first; the
// first load below is still a first visit, with nothing cached or compiled.
await new Promise((resolve) => setTimeout(resolve, 2000));

/** Before any page script: collect long tasks and layout shifts, and note when every widget has rendered. */
function instrument() {
  window.__bench = { longTasks: [], cls: 0, renderedAt: null, widgets: 0 };
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__bench.longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => entry.hadRecentInput || (window.__bench.cls += entry.value))).observe({ type: 'layout-shift', buffered: true });
  // Done when every widget has finished its first render with its data and language in place.
  const settled = async (widget) => {
    await customElements.whenDefined(widget.localName);
    while (true) {
      await widget.updateComplete;
      if (widget.shadowRoot?.firstElementChild && !widget.shadowRoot.querySelector('[aria-busy="true"]')) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  addEventListener('DOMContentLoaded', async () => {
    const widgets = [...document.querySelectorAll('*')].filter((node) => /^(mq|bare)-/.test(node.localName));
    window.__bench.widgets = widgets.length;
    await Promise.all(widgets.map(settled));
    window.__bench.renderedAt = performance.now();
  });
}

/** Loads a page RUNS times: median time from its script's start to every widget rendered, worst long task, CLS. */
async function pageLoad(path, script) {
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.evaluateOnNewDocument(instrument);
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.__bench.renderedAt !== null, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts and tasks
    results.push(
      await page.evaluate((name) => {
        const entry = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith(name));
        const nav = performance.getEntriesByType('navigation')[0];
        // The script starts once it has arrived and the document is parsed (module scripts run then).
        const start = Math.max(entry.responseEnd, nav.domInteractive);
        return { render: window.__bench.renderedAt - start, longest: Math.max(0, ...window.__bench.longTasks), cls: window.__bench.cls, widgets: window.__bench.widgets };
      }, script),
    );
    await page.close();
  }
  // Every run; the first is a first visit (nothing cached, nothing compiled), which the median hides.
  console.log(`${path}: rendered after ${results.map((r) => r.render.toFixed(0)).join(', ')} ms; longest tasks ${results.map((r) => r.longest.toFixed(0)).join(', ')} ms`);
  return { render: median(results.map((r) => r.render)), longest: Math.max(...results.map((r) => r.longest)), cls: Math.max(...results.map((r) => r.cls)), widgets: results[0].widgets };
}

/** Median time to re-render a 200-row table after a click on its price sort button. */
async function sortTime(path, tag) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle0' });
  const times = await page.evaluate(async (tag) => {
    const element = document.querySelector(tag);
    await customElements.whenDefined(tag);
    await element.updateComplete;
    const button = [...element.shadowRoot.querySelectorAll('button')].find((b) => /price/i.test(b.textContent));
    const times = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      button.click();
      await element.updateComplete;
      void element.shadowRoot.firstElementChild.offsetHeight; // include style and layout
      times.push(performance.now() - start);
    }
    return times;
  }, tag);
  await page.close();
  return median(times);
}



const mqSize = gzip('dist/cdn/medquote.js'); // one file: no chunks to add
const demo = await pageLoad('/', '/cdn/medquote.js');
const floor = await pageLoad('/bench/floor.html', '/cdn/bench/floor.js');
const sortMq = await sortTime('/bench/table.html', 'mq-cost-table');
const sortFloor = await sortTime('/bench/floor.html', 'bare-table');
await browser.close();
server.kill();

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : '–');
const floorSize = gzip('dist/cdn/bench/floor.js');
const table = [
  `| measure (${cpus().length} cores, headless Chromium, median of ${RUNS}) | medquote | bare Lit floor | ratio |`,
  '|---|---:|---:|---:|',
  `| gzipped script (\`medquote.js\`; the floor's bundle) | ${mqSize.toLocaleString('en-US')} B | ${floorSize.toLocaleString('en-US')} B | ${ratio(mqSize, floorSize)} |`,
  `| script start → every widget rendered (demo page: all ${demo.widgets} widgets) | ${ms(demo.render)} | ${ms(floor.render)} | ${ratio(demo.render, floor.render)} |`,
  `| longest main-thread task | ${ms(demo.longest)} | ${ms(floor.longest)} | – |`,
  `| cumulative layout shift | ${demo.cls.toFixed(3)} | ${floor.cls.toFixed(3)} | – |`,
  `| re-render of a 200-row table after a sort click | ${ms(sortMq)} | ${ms(sortFloor)} | ${ratio(sortMq, sortFloor)} |`,
].join('\n');
console.log(table);
const page = readFileSync('docs/performance.md', 'utf8');
const updated = replaceBetweenMarkers(page, 'bench', table, 'docs/performance.md');
if (updated !== page) writeFileSync('docs/performance.md', updated);

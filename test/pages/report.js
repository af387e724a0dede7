// Runs first on a test page: records errors, warnings and CSP violations, then reports them and
// the rendered widgets to the test in the parent window.
const report = { errors: [], warnings: [], violations: [], ready: [] };
addEventListener('mq-ready', (event) => report.ready.push(event.detail.tags));
const original = { error: console.error, warn: console.warn };
console.error = (...args) => (report.errors.push(args.map(String).join(' ')), original.error(...args));
console.warn = (...args) => (report.warnings.push(args.map(String).join(' ')), original.warn(...args));
addEventListener('error', (event) => report.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  report.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
);

addEventListener('load', async () => {
  await new Promise((resolve) => setTimeout(resolve, 50)); // elements a page script adds on load
  const widgets = Array.from(document.querySelectorAll('*')).filter((node) => node.localName.startsWith('mq-'));
  await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName)));
  // Each widget marks itself aria-busy while its data or language is loading.
  const busy = () =>
    widgets.some((widget) => !widget.shadowRoot?.firstElementChild || widget.shadowRoot.querySelector('[aria-busy="true"]'));
  const start = performance.now();
  while (busy() && performance.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 50)); // late reports (violations) arrive async
  report.widgets = widgets.map((widget) => ({
    tag: widget.localName,
    text: (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    rows: widget.shadowRoot?.querySelectorAll('tbody tr').length ?? 0,
    fontSize: widget.shadowRoot ? parseFloat(getComputedStyle(widget.shadowRoot.querySelector('.root')).fontSize) : 0,
  }));
  report.scripts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));
  parent.postMessage({ type: 'page-report', report }, '*');
});

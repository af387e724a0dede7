// The README's screenshots: elements from the built bundle (dist/cdn/medquote.iife.js, so run
// `npm run build` first) on a plain light page, in headless Chromium, light and dark, 390 and
// 1280 px wide, English and Arabic. Writes docs/screenshots/*.png; `pngquant` (if installed)
// makes them small. Only the system's fonts: nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const SHOTS = [
  { name: 'cost-table-light-1280', width: 1280, html: '<mq-cost-table theme="light" highlight="turkey-thailand"></mq-cost-table>' },
  { name: 'cost-table-dark-390', width: 390, html: '<mq-cost-table theme="dark" highlight="turkey-thailand"></mq-cost-table>' },
  { name: 'trip-estimator-dark-1280', width: 1280, html: '<mq-trip-estimator theme="dark"></mq-trip-estimator>' },
  { name: 'candidacy-checklist-ar-light-390', width: 390, lang: 'ar', html: '<mq-candidacy-checklist theme="light"></mq-candidacy-checklist>', answer: true },
  { name: 'recovery-timeline-ar-dark-390', width: 390, lang: 'ar', html: '<mq-recovery-timeline theme="dark" start-date="2027-03-01" current="local-recovery"></mq-recovery-timeline>' },
];

const bundle = readFileSync('dist/cdn/medquote.iife.js', 'utf8');
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  // Nothing but the page itself: a request elsewhere would be a defect.
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith('data:') || request.url() === 'about:blank' ? request.continue() : request.abort()));
  for (const shot of SHOTS) {
    await page.setViewport({ width: shot.width, height: 800, deviceScaleFactor: 1 });
    const dir = shot.lang === 'ar' ? 'rtl' : 'ltr';
    await page.setContent(`<!doctype html><html lang="${shot.lang ?? 'en'}" dir="${dir}"><body style="margin: 0; padding: 16px; background: #eef1f5; font: 16px 'DejaVu Sans', system-ui, sans-serif">${shot.html}</body></html>`);
    await page.addScriptTag({ content: bundle });
    const handle = await page.waitForFunction(() => {
      const el = document.body.firstElementChild;
      return el?.shadowRoot?.querySelector('[aria-busy="false"]') && el;
    });
    if (shot.answer) {
      // Two answers given, so the tiles show their checked state.
      await page.evaluate(() => {
        const radios = document.body.firstElementChild.shadowRoot.querySelectorAll('fieldset');
        for (const fieldset of [...radios].slice(0, 2)) fieldset.querySelector('input').click();
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const file = `${out}/${shot.name}.png`;
    await handle.asElement().screenshot({ path: file });
    try {
      execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality', '70-90', '--output', file, file]);
    } catch {
      // No pngquant, or nothing to gain: keep Chromium's PNG.
    }
    console.log(file);
  }
} finally {
  await browser.close();
}

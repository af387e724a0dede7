// The sheet reader in the built CDN files (npm test builds dist/ first): a chunk of its own that a
// page downloads only when a CSV arrives, whichever way the page loads the cost table.
import { expect } from '@open-wc/testing';
import { loadPage, type PageReport } from '../pages/load-page.js';

const SHEET_CHUNK = /^\/dist\/cdn\/chunks\/sheet-[\w-]+\.js$/;
const sheetChunks = (report: PageReport) => report.scripts.filter((path) => SHEET_CHUNK.test(path));
const source = (path: string) => fetch(path).then((response) => response.text());
/** Text only the sheet modules have: the reader's and the cost table's sheet format's messages. */
const SHEET_CODE = ['is missing from the header row', 'only one row can be the baseline'];
// Booleans and short lists only: a failing assertion that quotes a whole bundle stalls the runner.
const sheetCodeIn = (code: string) => SHEET_CODE.filter((text) => code.includes(text));

describe('the price-sheet chunk in the CDN build', () => {
  for (const entry of ['cost-table', 'medquote']) {
    it(`is loaded by ${entry}.js only with a CSV, and leaves the entry without sheet code`, async () => {
      const page = entry === 'medquote' ? 'all' : 'table';
      const json = await loadPage(`/test/pages/sheet-json-${page}.html`);
      expect(json.errors).to.deep.equal([]);
      expect(json.widgets[0]!.rows).to.equal(3);
      expect(sheetChunks(json), 'a JSON page downloads no sheet code').to.deep.equal([]);

      const csv = await loadPage(`/test/pages/sheet-csv-${page}.html`);
      expect(csv.errors).to.deep.equal([]);
      expect(csv.violations).to.deep.equal([]);
      expect(csv.widgets[0]!.rows).to.equal(3);
      expect(csv.widgets[0]!.text).to.contain('Istanbul; Antalya').and.contain('€1,800 – €3,500');
      expect(sheetChunks(csv)).to.have.length(1);
      // Nothing besides the chunk: the CSV costs one request more than JSON, and no other file.
      expect(csv.scripts.filter((path) => !SHEET_CHUNK.test(path)).sort()).to.deep.equal([...json.scripts].sort());

      const code = await source(`/dist/cdn/${entry}.js`);
      expect(sheetCodeIn(code), `sheet code in ${entry}.js`).to.deep.equal([]);
      // (The test server rewrites the quotes of the files it serves.)
      expect(/import\(["'`]\.\/chunks\/sheet-[\w-]+\.js["'`]\)/.test(code), `${entry}.js imports the chunk on demand`).to.equal(true);
      const chunk = await source(sheetChunks(csv)[0]!);
      expect(sheetCodeIn(chunk)).to.deep.equal(SHEET_CODE);
      expect(/new Function|\beval\(/.test(chunk), 'eval in the chunk').to.equal(false);
    });
  }

  it('is fetched by an element the autoloader loads, and a bad cell shows its row and column', async () => {
    const report = await loadPage('/test/pages/sheet-csv-loader.html');
    expect(sheetChunks(report)).to.have.length(1);
    expect(report.widgets[0]!.text).to.contain('row 4, column high: expected a number.');
    expect(report.errors).to.have.length(1);
    expect(report.errors[0]).to.contain('invalid data from src').and.contain('row 4, column high: expected a number');
    expect(report.violations).to.deep.equal([]);
  });

  it('is not in the classic script, which reads JSON only and says so when asked for a sheet', async () => {
    expect(sheetCodeIn(await source('/dist/cdn/medquote.iife.js'))).to.deep.equal([]);
    const report = await loadPage('/test/pages/sheet-csv-iife.html');
    expect(report.widgets[0]!.rows).to.equal(0);
    expect(report.errors.join('\n')).to.contain('src: not valid JSON');
    expect(report.warnings).to.deep.equal([
      'readSheet: {"ok":false,"issues":[{"path":"the sheet","message":"price sheets need a module script, not medquote.iife.js"}]}',
    ]);
    expect(report.scripts.filter((path) => path.startsWith('/dist/'))).to.deep.equal(['/dist/cdn/medquote.iife.js']);
    expect(report.violations).to.deep.equal([]);
  });
});

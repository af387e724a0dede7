import { expect } from '@open-wc/testing';
import { formatPath, inlineJson, loadData, safeUrl } from '../../src/core/data.js';
import { validate } from '../../src/schema/validate.js';
import { costTable } from '../../src/schema/cost-table.js';

const good = { caption: 'C', currency: 'USD', rows: [{ id: 'a', label: 'A', low: 1, high: 2 }] };
const signal = new AbortController().signal;

describe('core/data', () => {
  it('writes issue paths the way a developer reads them', () => {
    expect(formatPath(['rows', 2, 'low'])).to.equal('rows[2].low');
    expect(formatPath([])).to.equal('(root)');
  });

  it('describes each bad field with its path', () => {
    const result = validate(costTable, { caption: '', currency: 'usd', rows: [{ id: 'a', label: 'A', low: 5, high: 1 }, { id: 'b bad', low: -1 }] });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.include.members([
      { path: 'caption', message: 'must be at least 1' },
      { path: 'currency', message: 'has an invalid format' },
      { path: 'rows[0].high', message: 'high must not be below low' },
      { path: 'rows[1].id', message: 'has an invalid format' },
      { path: 'rows[1].low', message: 'must be at least 0' },
      { path: 'rows[1].label', message: 'needs a label or regions' },
    ]);
  });

  it('takes the sources in order: property, inline, src, default', async () => {
    const fallback = { ...good, caption: 'Default' };
    const options = { schema: costTable, fallback };
    const pick = (property: unknown, inline: string | null, src: string | null) =>
      loadData({ ...options, property, inline, src }, signal);
    expect(pick(good, '{}', '/x.json')).to.include({ ok: true, source: 'property' });
    expect(pick(undefined, JSON.stringify(good), '/x.json')).to.include({ ok: true, source: 'inline' });
    expect(pick(undefined, null, null)).to.deep.equal({ ok: true, source: 'default', value: fallback });
    const fetched = pick(undefined, null, '/test/fixtures/cost-table.json');
    expect(fetched).to.be.instanceOf(Promise);
    expect(await fetched).to.include({ ok: true, source: 'src' });
  });

  it('reads only the element’s own JSON script child', () => {
    const host = document.createElement('div');
    const script = (type: string, content: string) => Object.assign(document.createElement('script'), { type, textContent: content });
    const nested = document.createElement('div');
    nested.append(script('application/json', '{"nested":1}'));
    host.append(nested, script('text/plain', 'x'));
    expect(inlineJson(host)).to.equal(null);
    host.append(script('application/json', '{"a":1}'));
    expect(inlineJson(host)).to.equal('{"a":1}');
  });

  it('allows only http(s) URLs', () => {
    expect(safeUrl('https://example.org/a')?.href).to.equal('https://example.org/a');
    expect(safeUrl('/relative.json')?.protocol).to.equal(location.protocol);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x', '', null]) expect(safeUrl(bad)).to.equal(null);
  });
});

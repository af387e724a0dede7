/**
 * The picture: one horizontal stacked bar per destination in one SVG with a title and a
 * description. The bars stack the parts at the high end of each range (the margin hatched at the
 * end); a line marks the low end. Each part has a pattern as well as a colour (from the theme
 * tokens, see the styles), so the chart reads in greyscale; right to left, the bars grow leftwards.
 * Lengths are percentages of the width and em of the text, so it scales without a viewBox.
 * (Templates are kept on few lines: their whitespace reaches the bundle.)
 */
import { html, type TemplateResult } from 'lit';
import { PARTS } from './budget.js';

export interface Bar {
  label: string;
  /** Each part's share, in the order of PARTS (zero for a part it does not have). */
  parts: number[];
  /** The low end of the total. */
  low: number;
}

/** Height of one bar with its label, in em. */
const ROW = 3;

function bar({ label, parts, low }: Bar, index: number, scale: (value: number) => number, rtl: boolean): TemplateResult {
  let start = 0;
  const [x, w] = [[] as string[], [] as string[]];
  for (const part of parts) {
    const width = scale(part);
    x.push(`${rtl ? 100 - start - width : start}%`);
    w.push(`${width}%`);
    start += width;
  }
  const mark = `${rtl ? 100 - scale(low) : scale(low)}%`;
  // The segments are written out: a nested template of <rect>s alone would not be parsed as SVG.
  return html`<svg y="${index * ROW}em" height="${ROW}em"><text x=${rtl ? '100%' : 0} y="1em">${label}</text>
<rect class="treatment" x=${x[0]} width=${w[0]} y="1.3em" height="1.2em"/><rect x=${x[1]} width=${w[1]} y="1.3em" height="1.2em" fill="url(#travel)"/>
<rect x=${x[2]} width=${w[2]} y="1.3em" height="1.2em" fill="url(#stay)"/><rect x=${x[3]} width=${w[3]} y="1.3em" height="1.2em" fill="url(#other)"/>
<rect x=${x[4]} width=${w[4]} y="1.3em" height="1.2em" fill="url(#contingency)"/><line class="low" x1=${mark} x2=${mark} y1="1.1em" y2="2.7em"/></svg>`;
}

/** The chart; its `<title>` is its accessible name and its `<desc>` (the figures in words) its description. */
export function chart(bars: Bar[], rtl: boolean, title: string, description: string): TemplateResult {
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((sum, part) => sum + part, 0)));
  const scale = (value: number) => (value / max) * 100;
  return html`<svg role="img" width="100%" height="${bars.length * ROW}em"><title>${title}</title><desc>${description}</desc><defs>
<pattern id="travel" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="travel" width="6" height="6"/><rect class="ink" width="2" height="6"/></pattern>
<pattern id="stay" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="stay" width="6" height="6"/><circle class="ink" cx="3" cy="3" r="1.4"/></pattern>
<pattern id="other" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="other" width="6" height="6"/><rect class="ink" width="6" height="2"/></pattern>
<pattern id="contingency" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="ink" width="6" height="6"/><rect class="hatch" width="1.5" height="6"/><rect class="hatch" width="6" height="1.5"/></pattern>
</defs>${bars.map((item, index) => bar(item, index, scale, rtl))}</svg>`;
}

/** The key: each part's swatch and name, then the low-end mark. */
export function legend(names: string[], lowName: string): TemplateResult {
  return html`<ul class="legend">${PARTS.map(
    (part, index) => html`<li><svg class="swatch" aria-hidden="true"><rect class=${index ? '' : part} width="100%" height="100%" fill="url(#${part})"/></svg>${names[index]}</li>`,
  )}<li><svg class="swatch" aria-hidden="true"><line class="low" x1="50%" x2="50%" y2="100%"/></svg>${lowName}</li></ul>`;
}

// The embed builder's snippet: the script tag, the element with its attributes, and its data as
// inline JSON. Pure text, escaped for HTML: whatever a marketer types stays text on their page.

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * JSON that cannot end its <script> element or open a comment inside it: every `<` is written
 * `\u003c`, which JSON.parse reads back as `<`.
 */
export const inlineJson = (data) => JSON.stringify(data, null, 2).replace(/</g, '\\u003c');

/**
 * @param {{ tag: string, script: string, attributes: [string, string | true][], data?: unknown }} options
 *   `script` is the absolute URL of the element's CDN file; an attribute's value `true` is a
 *   boolean attribute, written bare.
 */
export function snippet({ tag, script, attributes, data }) {
  const attributeText = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const open = `<${tag}${attributeText}>`;
  const body = data === undefined ? '' : `\n  <script type="application/json">\n${inlineJson(data).replace(/^/gm, '    ')}\n  </script>\n`;
  return `<script type="module" src="${escapeAttribute(script)}"></script>\n${open}${body}</${tag}>\n`;
}

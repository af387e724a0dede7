// Writes each element's reference (attributes, properties, events, CSS parts and custom
// properties) into README.md between the api markers, from custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '';

const sections = [];
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const attributes = (element.attributes ?? []).map((a) => [`\`${a.name}\``, `\`${a.fieldName}\``, a.type?.text ?? '', a.description ?? '']);
    const properties = (element.members ?? [])
      .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && m.description)
      .map((m) => [`\`${m.name}\``, m.type?.text ?? '', m.description]);
    const events = (element.events ?? []).map((e) => [`\`${e.name}\``, e.type?.text ?? '', e.description ?? '']);
    const parts = (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
    const props = (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
    sections.push(
      [
        `### \`<${element.tagName}>\``,
        element.description ?? '',
        '**Attributes** (each also a property)',
        table(['attribute', 'property', 'type', 'description'], attributes),
        properties.length ? '**Properties only**' : '',
        table(['property', 'type', 'description'], properties),
        '**Events** (all bubble and are composed)',
        table(['event', 'class', 'description'], events),
        '**CSS parts**',
        table(['part', 'description'], parts),
        '**CSS custom properties**',
        table(['property', 'description'], props),
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
}

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/(<!-- api:start -->)[\s\S]*?(<!-- api:end -->)/, `$1\n${sections.join('\n\n')}\n$2`);
if (updated !== readme) writeFileSync('README.md', updated);

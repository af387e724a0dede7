// dist/vscode.html-custom-data.json from custom-elements.json: tag and attribute completion and
// hover help in VS Code (settings: "html.customData": ["./node_modules/medquote/dist/vscode.html-custom-data.json"]).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: element.summary ?? element.description ?? '',
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
  }));
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2) + '\n');

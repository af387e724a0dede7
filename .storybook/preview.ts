import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/all.js';
import { setManifest } from '../stories/support/manifest.js';
import { project } from '../stories/support/project.js';
import { ElementDocsPage } from './element-docs-page.js';

setCustomElementsManifest(manifest);
setManifest(manifest);

const preview: Preview = {
  ...project,
  // Every element's stories file gets a Docs page (the template is element-docs-page.ts). Written
  // here because Storybook's indexer reads the tags from this file.
  tags: ['autodocs'],
  parameters: { ...project.parameters, docs: { ...project.parameters.docs, page: ElementDocsPage } },
};
export default preview;

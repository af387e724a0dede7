// Custom elements manifest options (npm run manifest). The analyzer also guesses events from
// dispatchEvent() calls, some without a name; only the events documented with @fires are kept,
// so the README, Storybook's actions and editors list exactly the real ones.

/**
 * An element that passes another's attributes on (the quote button, to its form) lists them as
 * its own, and the events that bubble out of it: docs, Storybook's controls, editors and JSX types
 * then know them. The element reads the list at run time from the other's observed attributes.
 */
const PASSES_ON = { 'mq-quote-button': 'mq-quote-form' };

export default {
  plugins: [
    {
      name: 'medquote-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('mq-') && event.description);
            if (!declaration.events.length) delete declaration.events;
          }
        }
      },
    },
    {
      name: 'medquote-passed-on-attributes',
      packageLinkPhase({ customElementsManifest }) {
        const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
        const byTag = new Map(declarations.filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, declaration]));
        for (const [tag, target] of Object.entries(PASSES_ON)) {
          const element = byTag.get(tag);
          const other = byTag.get(target);
          if (!element || !other) continue;
          const own = new Set((element.attributes ?? []).map((attribute) => attribute.name));
          const passed = (other.attributes ?? [])
            .filter((attribute) => !own.has(attribute.name))
            .map(({ fieldName: _, ...attribute }) => ({ ...attribute, description: `Passed on to the form: ${attribute.description ?? ''}`.trim() }));
          element.attributes = [...(element.attributes ?? []), ...passed];
          const events = new Set((element.events ?? []).map((event) => event.name));
          element.events = [...(element.events ?? []), ...(other.events ?? []).filter((event) => !events.has(event.name) && event.name !== 'mq-quote-sent')];
        }
      },
    },
  ],
};

// Custom elements manifest options (npm run manifest). The analyzer also guesses events from
// dispatchEvent() calls, some without a name; only the events documented with @fires are kept,
// so the README, Storybook's actions and editors list exactly the real ones.
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
  ],
};

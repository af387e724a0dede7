// Visual regression: every story screenshotted in Chromium (test/visual/stories.test.ts) and
// compared, pixel for pixel, with the baselines committed in test/visual/baselines/.
//   npm run test:visual     compare; a difference leaves the new screenshot and a diff image
//                           (changed pixels in red) in test/visual/failed/
//   npm run visual:accept   take every baseline afresh (stories added, removed or restyled)
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromiumLauncher, enginesMissing } from './browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const visualDir = `${root}test/visual`;
export const updateBaselines = process.argv.includes('--update-visual-baselines');

/** Chromium only: one engine's pixels are the reference; the other engines run the behaviour tests. */
export function visualGroup() {
  const missing = enginesMissing(['chromium']); // even when BROWSERS leaves Chromium out
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const chromium = chromiumLauncher({ env: { ...process.env, FONTCONFIG_FILE: `${visualDir}/fonts.conf` } });
  chromium.name = `${chromium.name} (visual)`;
  return {
    name: 'visual',
    // The check that a changed colour token fails cannot run while baselines are being taken.
    files: updateBaselines ? ['test/visual/stories.test.ts'] : ['test/visual/**/*.test.ts'],
    browsers: [chromium],
  };
}

export function visualPlugins() {
  // When the visual group runs, old diffs would only confuse; accepting starts from an empty
  // folder, so that a removed story's baseline goes with it.
  const group = process.argv.indexOf('--group');
  if (group === -1 || process.argv[group + 1] === 'visual') rmSync(`${visualDir}/failed`, { recursive: true, force: true });
  if (updateBaselines) rmSync(`${visualDir}/baselines`, { recursive: true, force: true });
  return [
    visualRegressionPlugin({
      update: updateBaselines,
      baseDir: visualDir,
      // "<story id>@<what>" is that story's baseline, compared with a variant on purpose (test/visual/baselines.test.ts).
      getBaselineName: ({ name }) => `baselines/${name.split('@')[0]}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      getFailedName: ({ name }) => `failed/${name}`,
      // Same Chromium, same font, same pixels: any changed pixel is a change.
      diffOptions: { threshold: 0 },
      failureThresholdType: 'pixel',
      failureThreshold: 0,
    }),
    {
      name: 'story-files',
      executeCommand({ command }) {
        if (command === 'story-files') return readdirSync(`${root}stories`).filter((file) => file.endsWith('.stories.ts')).sort().map((file) => `stories/${file}`);
        if (command === 'visual-baselines') return listPngs(`${visualDir}/baselines`);
        return undefined;
      },
    },
  ];
}

function listPngs(dir) {
  try {
    return readdirSync(dir).filter((file) => file.endsWith('.png')).map((file) => file.slice(0, -'.png'.length)).sort();
  } catch {
    return [];
  }
}

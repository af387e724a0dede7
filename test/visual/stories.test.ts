/**
 * Every story, screenshotted in Chromium on a fixed stage and compared pixel for pixel with its
 * baseline in test/visual/baselines/<story id>.png. A difference fails with a diff image in
 * test/visual/failed/; `npm run visual:accept` takes new baselines (see scripts/visual.js).
 */
import { visualDiff } from './visual-diff.js';
import { captureConsole } from '../helpers.js';
import { renderStory, storyFiles } from '../stories/story-files.js';
import { prepareStage, settle, stage } from './stage.js';

before(prepareStage);

for (const { title, stories } of await storyFiles()) {
  describe(`visual: ${title}`, function () {
    // Render, settle, screenshot and compare: the partner page (every element, 6,000 px tall)
    // took over 5 s on two busy cores.
    this.timeout(30_000);
    for (const story of stories) {
      it(`${story.name} looks as its baseline ${story.id}.png`, async () => {
        const log = captureConsole(); // the bad-data and configuration stories log on purpose
        try {
          const on = stage();
          await renderStory(story, on);
          await settle();
          await visualDiff(on, story.id);
        } finally {
          log.restore();
        }
      });
    }
  });
}

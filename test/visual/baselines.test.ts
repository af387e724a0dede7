/**
 * The visual test can fail: one baseline per story and no baseline without its story, and a
 * changed colour token fails the comparison with a diff image. (Not run while accepting.)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from './visual-diff.js';
import { renderStory, storyFiles } from '../stories/story-files.js';
import { prepareStage, settle, stage } from './stage.js';

before(prepareStage);

/** How many pixels of the image at `url` pixelmatch painted as changed (pure red). */
async function redPixels(url: string): Promise<number> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let red = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 0 && data[i + 2] === 0) red++;
  return red;
}

describe('visual baselines', function () {
  // Two screenshots, a comparison and a diff image read back: over 5 s on two busy cores.
  this.timeout(30_000);

  it('has one baseline per story, and none for a story that is gone', async () => {
    const ids = (await storyFiles()).flatMap(({ stories }) => stories.map((story) => story.id)).sort();
    const baselines = await executeServerCommand<string[], undefined>('visual-baselines');
    expect(baselines, 'run `npm run visual:accept` after adding or removing stories').to.deep.equal(ids);
  });

  it('fails with a diff image when a colour token changes', async () => {
    const story = (await storyFiles()).flatMap(({ stories }) => stories).find(({ id }) => id.endsWith('cost-table--default'))!;
    // As committed, it passes...
    const on = stage();
    await renderStory(story, on);
    await settle();
    await visualDiff(on, story.id);
    // ...and with another accent colour (the quote buttons, the links), it does not.
    on.style.setProperty('--mq-color-accent', '#0b5cae'); // one step from the default #0b5cad
    await settle();
    const name = `${story.id}@accent-changed`;
    const failure = await visualDiff(on, name).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).to.match(/Visual diff failed\. New screenshot is \d+ pixels different/);
    expect(failure!.message).to.contain(`test/visual/failed/${name}-diff.png`);
    expect(await redPixels(`/test/visual/failed/${encodeURIComponent(name)}-diff.png`)).to.be.greaterThan(100);
  });
});

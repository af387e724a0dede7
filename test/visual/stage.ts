/**
 * The fixed stage every story is screenshotted on: 752 px wide (a 720 px column with 16 px of
 * white around it) in a font every Debian machine has, light, with motion reduced (no
 * transition caught half way), so that the same code gives the same pixels on any machine.
 */
import { emulateMedia } from '@web/test-runner-commands';

export const STAGE_FONT = 'DejaVu Sans';

let prepared: Promise<void> | undefined;

/** Once per page: the media the stage is seen in, and a check that its font is really there. */
export function prepareStage(): Promise<void> {
  prepared ??= (async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    // A missing font would silently fall back to another one and change every screenshot.
    await new FontFace('stage-check', `local("${STAGE_FONT}")`).load().catch(() => {
      throw new Error(`The font "${STAGE_FONT}" is not installed (Debian: apt-get install -y fonts-dejavu-core).`);
    });
  })();
  return prepared;
}

/** An empty stage to render a story into (the fixture removes it after the test). */
export function stage(): HTMLElement {
  const element = document.createElement('div');
  Object.assign(element.style, { width: '720px', padding: '16px', background: '#ffffff', color: '#000000', fontFamily: `"${STAGE_FONT}"`, fontSize: '16px' });
  return element;
}

/** Settles the page before a screenshot: fonts loaded, no focus (no caret), two frames painted. */
export async function settle(): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await document.fonts.ready;
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

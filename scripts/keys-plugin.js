// The `keys` test command (test/keys.ts): real key presses in all three engines, with one API.
// @web/test-runner-commands' sendKeys cannot: puppeteer over WebDriver BiDi (Firefox) knows no
// "Space", and its WebDriver side (WebKit) neither holds a key down (Shift+Tab) nor types in order.
import { Key } from 'webdriverio';

/** Puppeteer's name for a key (BiDi takes the character for Space). */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);
/** WebDriver's code point for a named key ("Tab" → U+E004), or the character itself. */
const webdriverKey = (key) => Key[key] ?? key;

const keyActions = (actions) => [{ type: 'key', id: 'keyboard', actions }];

export function keysPlugin() {
  return {
    name: 'keys-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'keys') return undefined;
      const [[kind, value] = []] = Object.entries(payload ?? {});
      if (!['type', 'press', 'down', 'up'].includes(kind) || typeof value !== 'string') {
        throw new Error('keys: give one of { type | press | down | up: string }');
      }
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        const keyboard = browser.getPage(session.id).keyboard;
        await (kind === 'type' ? keyboard.type(value) : keyboard[kind](puppeteerKey(value)));
        return true;
      }
      if (browser.type === 'webdriver') {
        // Each character down then up, in order; a key held by `down` stays held until `up`.
        const keys = kind === 'type' ? [...value] : [webdriverKey(value)];
        const steps = keys.flatMap((key) => [
          ...(kind === 'up' ? [] : [{ type: 'keyDown', value: key }]),
          ...(kind === 'down' ? [] : [{ type: 'keyUp', value: key }]),
        ]);
        await browser.driver.performActions(keyActions(steps));
        return true;
      }
      throw new Error(`keys: no support for ${browser.type} launchers`);
    },
  };
}

// Where Chromium or Chrome is on this machine: CHROME_PATH, then the usual install paths.
// Never downloads a browser.
import { existsSync } from 'node:fs';

export const chromePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].find((path) => path && existsSync(path));

export const noBrowserMessage = 'No Chromium or Chrome found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH.';

/** Flags that let Chromium run headless as root on a machine without network. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

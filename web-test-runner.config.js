// Runs test/**/*.test.ts in Debian's (or any installed) Chromium. Never downloads a browser.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);
const executablePath = candidates.find((path) => existsSync(path));
if (!executablePath) {
  console.error('No Chromium or Chrome found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

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

/** The policy partners are promised the widgets work under, plus the test server's own origin. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

export default {
  files: ['test/**/*.test.ts'],
  middleware: [
    function strictCspPages(context, next) {
      if (/^\/test\/pages\/[\w-]+\.html$/.test(context.path)) context.set('Content-Security-Policy', strictCsp);
      return next();
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};

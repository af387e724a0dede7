// The three engines the browser tests run in: Chromium, Firefox ESR and WebKit (WebKitGTK's
// MiniBrowser), all from Debian, none downloaded. `enginesMissing()` names the Debian packages to
// install when one is absent, so a run never quietly skips an engine.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs, chromePath } from './chrome.js';

const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
const miniBrowserPath = [process.env.MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find((path) => path && existsSync(path));
const onPath = (command) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));

/** Each engine: is it here, which Debian packages bring it, and its web-test-runner launcher. */
const engines = {
  chromium: { found: () => Boolean(chromePath), packages: ['chromium'], launcher: () => chromiumLauncher() },
  firefox: { found: () => Boolean(firefoxPath), packages: ['firefox-esr'], launcher: firefoxLauncher },
  webkit: {
    found: () => Boolean(miniBrowserPath) && onPath('WebKitWebDriver') && onPath('Xvfb'),
    packages: ['webkit2gtk-driver', 'xvfb'],
    launcher: () => new WebKitLauncher(),
  },
};

/** BROWSERS=chromium,webkit narrows a run while working on one engine; `npm test` runs all three. */
export const engineNames = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
for (const name of engineNames) if (!engines[name]) throw new Error(`BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);

/** One line naming what to install, or '' when every selected engine is here. */
export function enginesMissing(names = engineNames) {
  const missing = names.filter((name) => !engines[name].found());
  if (missing.length === 0) return '';
  const packages = missing.flatMap((name) => engines[name].packages);
  return `No ${missing.join(', ')} for the browser tests: install ${missing.length > 1 ? 'them' : 'it'} (Debian: apt-get install -y --no-install-recommends ${packages.join(' ')}).`;
}

/** Fresh launchers for the selected engines (a web-test-runner group needs its own instances). */
export const launchers = (names = engineNames) => names.map((name) => engines[name].launcher());

/** "Chromium 156", "Firefox ESR 153.8", "WebKitGTK 2.50.6": what the progress bar and docs call them. */
function version(command, args, pattern) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).match(pattern)?.[1] ?? '';
  } catch {
    return '';
  }
}

/** `env`: the browser's environment (the visual tests give it a font configuration of their own). */
export function chromiumLauncher({ env } = {}) {
  const launcher = chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs, ...(env ? { env } : {}) } });
  launcher.name = `Chromium ${version(chromePath, ['--version'], /(\d+)\./)}`.trim();
  return launcher;
}

// puppeteer-core drives Firefox over WebDriver BiDi; the launcher would call it "Chrome".
function firefoxLauncher() {
  const launcher = chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } });
  launcher.name = `Firefox ${version(firefoxPath, ['--version'], /Firefox ([\d.]+esr|[\d.]+)/).replace(/esr$/, ' ESR')}`.trim();
  freshTabPerFile(launcher);
  return launcher;
}

/**
 * Each test file in a new tab, as each would be a patient's visit. The launcher reuses its tabs,
 * and Firefox hands a tab's sessionStorage to its parent process lazily: a file that cleared it
 * from a frame it then removed could leave the next file a form draft. (@web/test-runner-chrome
 * 0.18 internals: activePages, inactivePages, createNewPage.)
 */
function freshTabPerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const used = launcher.activePages.get(sessionId);
    const result = await stopSession(sessionId);
    const { browser, context } = await launcher.getOrStartBrowser();
    // The new tab first: closing a browser's last tab could close the browser.
    launcher.inactivePages = [...launcher.inactivePages.filter((page) => page !== used), await launcher.createNewPage(browser, context)];
    await used.puppeteerPage.close();
    return result;
  };
}

/**
 * WebKit through WebKitWebDriver, which this launcher starts itself on a free port, with its own
 * Xvfb display (MiniBrowser has no headless mode), and stops with the run.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio would ask for BiDi, which WebKitWebDriver refuses ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    this.children = [];
    process.once('exit', () => this.children.forEach((child) => child.kill()));
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = `WebKit ${version('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0'], /^([\d.]+)/) || 'MiniBrowser'}`.trim();
  }

  async createDriverManager() {
    const display = await this.startXvfb();
    const port = await freePort();
    // MiniBrowser takes navigator.language from the environment ("C" on a bare CI machine, and the
    // developer's own language elsewhere); Chromium and Firefox say "en-US" headless, so does it.
    const env = { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
    this.children.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env }));
    await waitForDriver(port);
    this.options.port = port;
    return super.createDriverManager();
  }

  async stop() {
    await super.stop();
    for (const child of this.children.splice(0)) child.kill();
  }

  /** Starts Xvfb on the first free display; resolves with ":N". */
  startXvfb() {
    return new Promise((resolve, reject) => {
      const xvfb = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'pipe', 'ignore'] });
      this.children.push(xvfb);
      let out = '';
      xvfb.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s`);
}

// Compiles better-sqlite3 (the SQLite store of `npm start`, the tests and the bench) when it is
// not compiled yet, and does nothing when it is. The repository's .npmrc sets ignore-scripts, so
// `npm ci` runs no package's install script: none may download a binary (webdriverio's
// geckodriver and edgedriver try to), and this one compile, the slowest step of an install, runs
// here instead, where `npm test` can overlap it with the build and the checks (scripts/test.sh).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function compiled() {
  try {
    new (require('better-sqlite3'))(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!compiled()) {
  console.log('native: compiling better-sqlite3 (once, about a minute)');
  // From source: its prebuilt download is not reachable here. In CI the compile's time counts
  // more than SQLite's speed: -O1 halves it.
  const env = { ...process.env, npm_config_build_from_source: 'true', ...(process.env.CI ? { CFLAGS: '-O1', CXXFLAGS: '-O1' } : {}) };
  execFileSync('npm', ['rebuild', 'better-sqlite3', '--ignore-scripts=false'], { stdio: 'inherit', env });
  if (!compiled()) throw new Error('native: better-sqlite3 still does not load after compiling it');
}

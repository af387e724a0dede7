// npm run build: the npm modules and types, the CDN files, the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('src/core/version.ts', 'utf8').includes(`'${pkg.version}'`)) {
  throw new Error(`src/core/version.ts does not say ${pkg.version} (package.json's version)`);
}

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await build({ mode: 'cdn', logLevel: 'warn' });
await build({ mode: 'cdn-iife', logLevel: 'warn' });
run('npm', ['run', '--silent', 'manifest']);
run('node', ['scripts/readme-api.js']);

// A server-side import must not crash: the npm entries touch no window or document at load.
await import(new URL('../dist/index.js', import.meta.url).href);
await import(new URL('../dist/schema/index.js', import.meta.url).href);
console.log('built dist/ (npm modules and types, cdn/) and custom-elements.json');

// npm run build: the npm modules and types, the CDN files, the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('src/core/version.ts', 'utf8').includes(`'${pkg.version}'`)) {
  throw new Error(`src/core/version.ts does not say ${pkg.version} (package.json's version)`);
}

rmSync('dist', { recursive: true, force: true });
await build({ logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsc', '-p', 'tsconfig.intake.build.json']);
await build({ mode: 'cdn', logLevel: 'warn' });
const cdn = JSON.parse(readFileSync('scripts/cdn-entries.json', 'utf8'));
for (const [name, { alone }] of Object.entries(cdn)) if (alone) await build({ mode: `cdn-alone:${name}`, logLevel: 'warn' });
await build({ mode: 'cdn-iife', logLevel: 'warn' });
await build({ mode: 'cdn-loader', logLevel: 'warn' });
copyFileSync('src/cloak.css', 'dist/cdn/cloak.css');
run('npm', ['run', '--silent', 'manifest']);
run('node', ['scripts/editor-data.js']);
run('node', ['scripts/jsx-types.js']);

// A server-side import must not crash: the npm entries touch no window or document at load.
await import(new URL('../dist/index.js', import.meta.url).href);
const { quoteRequest } = await import(new URL('../dist/schema/index.js', import.meta.url).href);

// The quote request as JSON Schema (2020-12), for servers not written in JavaScript. The two
// cross-field rules (a destination or "open to suggestions"; health details need their consent)
// cannot be expressed there and are described in the schema's description.
const { toJSONSchema } = await import('zod/mini');
const jsonSchema = {
  ...toJSONSchema(quoteRequest, { unrepresentable: 'any', io: 'input' }),
  title: 'medquote quote request',
  description:
    'What <mq-quote-form> sends. Also required: at least one destination or openToSuggestions true; consents.health whenever health or photos are present.',
};
writeFileSync('dist/quote-request.schema.json', JSON.stringify(jsonSchema, null, 2) + '\n');
// The framework examples, built the way a partner's app would build them (demo/react, demo/vue).
const vue = (await import('@vitejs/plugin-vue')).default;
const example = (name, extra = {}) =>
  build({
    configFile: false,
    logLevel: 'warn',
    root: `demo/${name}`,
    base: './',
    build: { outDir: `../../dist/examples/${name}`, emptyOutDir: true },
    ...extra,
  });
await example('react', { oxc: { jsx: { runtime: 'automatic' } } });
// Vue's compiler leaves mq- tags to the browser as custom elements.
await example('vue', { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mq-') } } })] });

console.log('built dist/ (npm modules and types, cdn/) and custom-elements.json');

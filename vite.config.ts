/**
 * Library builds, chosen by mode (scripts/build.js runs each):
 * - `vite build` (any other mode): the npm modules, one file per source module, `lit` and `zod`
 *   left as bare imports;
 * - `vite build --mode cdn:<name>`: one self-contained, minified file for a script tag, everything
 *   inlined; names, entries and size budgets are in scripts/cdn-entries.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
const cdnEntries: Record<string, { entry: string; format?: 'es' | 'iife' }> = JSON.parse(
  readFileSync(resolve(root, 'scripts/cdn-entries.json'), 'utf8'),
);

/**
 * Squeezes the whitespace and comments out of Lit's css`` templates (the JS minifier leaves
 * template text alone). Only for the CDN files; the npm modules stay readable.
 */
function minifyCss(): Plugin {
  return {
    name: 'medquote-minify-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_, text: string) => {
        const minified = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

function npmConfig(): UserConfig {
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          all: 'src/all.ts',
          'schema/index': 'src/schema/index.ts',
          'cost-table/define': 'src/cost-table/define.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^zod(\/|$)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

function cdnConfig(name: string): UserConfig {
  const { entry, format = 'es' } = cdnEntries[name] ?? {};
  if (!entry) throw new Error(`no CDN entry named ${name} in scripts/cdn-entries.json`);
  return {
    plugins: [minifyCss()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: [format], name: 'medquote', fileName: () => `${name}.js` },
      rolldownOptions: {
        output: {
          minify: true,
          // Languages other than English are separate chunks, loaded when a page shows them.
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: format !== 'iife',
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => (mode.startsWith('cdn:') ? cdnConfig(mode.slice(4)) : npmConfig()));

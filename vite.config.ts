/**
 * Library builds, chosen by mode (scripts/build.js runs each):
 * - `vite build` (any other mode): the npm modules, one file per source module, `lit` and `zod`
 *   left as bare imports;
 * - `vite build --mode cdn`: minified ES modules for a script tag, one per entry, sharing chunks;
 * - `vite build --mode cdn-iife`: the same as one classic script.
 * Names, entries and size budgets of the CDN files are in scripts/cdn-entries.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
interface CdnEntry {
  entry: string;
  format?: 'es' | 'iife';
  alone?: boolean;
  /** Paths (or folders, ending in `/`) of the modules only this entry uses. */
  own?: string[];
  /** Modules that another element's file holds alone, copied into this entry (see ownCopies). */
  copies?: string[];
}
const cdnEntries: Record<string, CdnEntry> = JSON.parse(
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

/**
 * In the split CDN build, a module that one element's file holds alone (its schema, its price or
 * date logic, its default figures) and that a later element reuses would move out of that file
 * into a new shared chunk: every page using the first element would then pay for one more request
 * and a few hundred bytes. Instead the reusing entry gets its own copy of those few modules: when
 * one of its own modules (or a copy) imports a module listed in its `copies`, the import resolves
 * to a copy named `<module>.copy.ts`. The source stays single; only that entry's bundle repeats it.
 */
function ownCopies(): Plugin {
  const suffix = '.copy.ts';
  const paths = (list: string[] | undefined) => (list ?? []).map((path) => resolve(root, path) + (path.endsWith('/') ? '/' : ''));
  const entries = Object.values(cdnEntries).map((entry) => ({ own: paths(entry.own), copies: new Set(paths(entry.copies)) }));
  return {
    name: 'medquote-own-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const copy = importer.endsWith(suffix);
      const from = copy ? importer.slice(0, -suffix.length) + '.ts' : importer;
      const entry = entries.find(({ own, copies }) => (copy ? copies.has(from) : own.some((path) => from === path || (path.endsWith('/') && from.startsWith(path)))));
      if (!entry) return null;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || !entry.copies.has(resolved.id)) return copy ? resolved : null;
      return resolved.id.slice(0, -'.ts'.length) + suffix;
    },
    load(id) {
      return id.endsWith(suffix) ? readFileSync(id.slice(0, -suffix.length) + '.ts', 'utf8') : null;
    },
  };
}

/**
 * The classic script cannot load chunks: the sheet modules an element imports on demand
 * (`src/<element>/sheet.ts`, with the CSV reader) would be inlined into it. It reads JSON only:
 * core/sheets.ts becomes a stub (no sheet loader; `readSheet` says why) and the sheet modules an
 * empty one that is never loaded.
 */
function noSheetsInIife(): Plugin {
  const why = 'price sheets need a module script, not medquote.iife.js';
  const stubs: Record<string, string> = {
    '\0medquote-no-sheet': 'export {};',
    '\0medquote-no-sheets': `export const loadWithSheets = undefined;
      export const readSheet = () => Promise.resolve({ ok: false, issues: [{ path: 'the sheet', message: ${JSON.stringify(why)} }] });`,
  };
  return {
    name: 'medquote-no-sheets',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]src[\\/][\w-]+[\\/][\w-]+\.ts$/.test(importer)) return null;
      return source === './sheet.js' ? '\0medquote-no-sheet' : source === '../core/sheets.js' ? '\0medquote-no-sheets' : null;
    },
    load: (id) => stubs[id] ?? null,
  };
}

/**
 * The classic script cannot hold chunks, and inlining every element's Spanish and Arabic would make
 * every page pay for all of them (about 14 kB gzipped). So it loads a language on first use, as the
 * module files do, from the module build's language files beside it (`chunks/<element>-<lang>-….js`,
 * built first by scripts/build.js): `import()` in a classic script resolves against the script's URL.
 */
function languagesBesideIife(): Plugin {
  return {
    name: 'medquote-languages-beside-iife',
    enforce: 'pre',
    resolveId(source, importer) {
      const element = importer && /[\\/]src[\\/]([\w-]+)[\\/][\w-]+\.ts$/.exec(importer)?.[1];
      const language = /^\.\/i18n\/((?!en\.)[a-z]{2,3})\.js$/.exec(source)?.[1];
      if (!element || !language) return null;
      const files = readdirSync(resolve(root, 'dist/cdn/chunks')).filter((name) => name.startsWith(`${element}-${language}-`));
      if (files.length !== 1) throw new Error(`dist/cdn/chunks has ${files.length} ${element}-${language} files, not one: run npm run build`);
      return { id: `./chunks/${files[0]}`, external: true };
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
          'recovery-timeline/define': 'src/recovery-timeline/define.ts',
          'candidacy-checklist/define': 'src/candidacy-checklist/define.ts',
          'quote-form/define': 'src/quote-form/define.ts',
          'trip-estimator/define': 'src/trip-estimator/define.ts',
          'quote-button/define': 'src/quote-button/define.ts',
          // Server code ("medquote/intake"): only here, never in a CDN entry.
          'intake/index': 'src/intake/index.ts',
          'intake/node': 'src/intake/node.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        // The intake's packages are optional peer dependencies, loaded when first used.
        external: [/^lit(\/|$)/, /^zod(\/|$)/, /^node:/, /^hono(\/|$)/, 'postgres', 'better-sqlite3'],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

/**
 * The one-element ES entries are built together, so what they share (Lit, zod, the core) sits
 * once in `chunks/` and a page with several of them (the loader's way) downloads it once. An
 * entry marked `alone` (medquote.js, every element) is built by itself into one file, so a page
 * that uses it waits for no chain of chunks. Languages other than English stay chunks. The IIFE
 * is one file.
 */
function cdnConfig(format: 'es' | 'iife', alone?: string): UserConfig {
  const names = alone
    ? [alone]
    : Object.keys(cdnEntries).filter((name) => (cdnEntries[name]!.format ?? 'es') === format && !cdnEntries[name]!.alone && name !== 'loader');
  const entry = Object.fromEntries(names.map((name) => [name, resolve(root, cdnEntries[name]!.entry)]));
  return {
    plugins: [minifyCss(), ...(format === 'es' && !alone ? [ownCopies()] : []), ...(format === 'iife' ? [noSheetsInIife(), languagesBesideIife()] : [])],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: [format], name: 'medquote', fileName: (_, name) => `${name}.js` },
      rolldownOptions: {
        output: {
          minify: true,
          // A CDN file is bundled for the last time: the tree-shaking hints (`/* @__PURE__ */`) are dead bytes.
          comments: false,
          // Language files are named after their element ("chunks/cost-table-es-….js").
          chunkFileNames: (chunk) => {
            const language = /src[\\/]([\w-]+)[\\/]i18n[\\/]([a-z]{2,3})\.ts$/.exec(chunk.facadeModuleId ?? '');
            return language ? `chunks/${language[1]}-${language[2]}-[hash].js` : 'chunks/[name]-[hash].js';
          },
          codeSplitting: format === 'es',
        },
      },
    },
  };
}

/** The loader is built on its own so that it pulls in nothing the elements share. */
function loaderConfig(): UserConfig {
  return {
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: resolve(root, 'src/loader.ts'), formats: ['es'], fileName: () => 'loader.js' },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') return cdnConfig('es');
  if (mode.startsWith('cdn-alone:')) return cdnConfig('es', mode.slice('cdn-alone:'.length));
  if (mode === 'cdn-loader') return loaderConfig();
  if (mode === 'cdn-iife') return cdnConfig('iife');
  return npmConfig();
});

/**
 * A module fetched on first use (`import()`), kept once loaded, and fetched again on the next use
 * after a failure. Chromium and Firefox remember a failed import() for the page's life, so that
 * attempt asks for the URL their error names, made new; WebKit's error names none, and WebKit
 * simply tries again.
 */
export function lazyModule<T extends object>(load: () => Promise<T>, exported: keyof T & string): () => Promise<T | undefined> {
  let module: T | undefined;
  let failure = '';
  return async () => {
    const url = /https?:\/\/[^\s?#()'"]+\.[cm]?[jt]s\b/.exec(failure)?.[0];
    try {
      const loaded = module ?? (await (url ? (import(/* @vite-ignore */ `${url}?again=${Date.now()}`) as Promise<T>) : load()));
      // A bundler's own chunk (not a module) may come back from the retry: never kept.
      if (!(exported in loaded)) throw new Error(`no ${exported} in ${url ?? 'the module'}`);
      return (module = loaded);
    } catch (error) {
      failure = String(error);
      console.warn(`medquote: ${failure}`);
    }
  };
}

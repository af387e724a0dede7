/**
 * A module fetched on first use (`import()`), kept once loaded, and fetched again on the next use
 * after a failure. Chromium and Firefox remember a failed import() for the page's life, so that
 * attempt asks for the URL their error names, made new; WebKit's error names none, and WebKit
 * simply tries again.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T | undefined> {
  let module: T | undefined;
  let failure = '';
  return async () => {
    const url = /https?:\/\/[^\s?#]+/.exec(failure)?.[0];
    try {
      return (module ??= await (url ? (import(/* @vite-ignore */ `${url}?again=${Date.now()}`) as Promise<T>) : load()));
    } catch (error) {
      failure = String(error);
    }
  };
}

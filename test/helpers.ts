/** Shared test helpers: console capture and waiting for an element's rendered state. */
import { oneEvent } from '@open-wc/testing';

type Level = 'error' | 'warn';

/** Records console.error / console.warn calls made while the test runs; restore() puts them back. */
export function captureConsole(): { calls: Record<Level, string[]>; restore(): void } {
  const calls: Record<Level, string[]> = { error: [], warn: [] };
  const original = { error: console.error, warn: console.warn };
  for (const level of ['error', 'warn'] as const) {
    console[level] = (...args: unknown[]) => calls[level].push(args.map(String).join(' '));
  }
  return { calls, restore: () => Object.assign(console, original) };
}

/** The element's rendered text with whitespace collapsed. */
export function text(root: ParentNode | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once `predicate` holds, re-checking each animation frame, or fails after `ms`. */
export async function until(predicate: () => boolean, ms = 2000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export { oneEvent };

/**
 * DataController: an element's structured data, shaped like `@lit/task`: a `status`, a run
 * whenever its arguments change (the `data` property, the inline JSON, `src`, and what the
 * built-in default depends on), the previous run aborted, and `render({ pending, complete, error })`.
 *
 * Unlike a task it settles synchronously whenever nothing has to be fetched: a widget configured
 * by property, inline JSON or its default has its data before its first render, so it appears
 * complete in its first frame (no loading flash, no layout shift). Only `src` is pending.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineJson, loadData, type DataIssue, type Loader, type LoadResult, type Schema } from './data.js';
import { MqDataErrorEvent } from './events.js';
import { onceNearViewport } from './viewport.js';

export type DataStatus = 'pending' | 'complete' | 'error';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  /** An element's own loader (one that reads sheets too, core/sheets.ts); else `loadData`. */
  loadData?: Loader;
}

export interface DataOptions<T> {
  schema: () => Schema<T>;
  /** The built-in default, when no other source is configured. */
  fallback: () => T;
  /** What the default depends on (its language, a preset): a change rebuilds it. */
  fallbackArgs: () => unknown[];
}

export interface DataRenderers<T, R> {
  pending?: () => R;
  complete?: (value: T) => R;
  /** `notice`: see `LoadResult`. */
  error?: (issues: DataIssue[], notice?: string) => R;
}

const SOURCE_NAMES = { property: 'the data property', inline: 'the inline JSON', src: 'src', default: 'the default data' };

export class DataController<T> implements ReactiveController {
  /** The last run's result; undefined while pending. */
  private result?: LoadResult<T>;
  /** The arguments of the last run; undefined forces the next `refresh()` to run. */
  private lastArgs?: unknown[];
  private inline: string | null = null;
  private inlineObserver?: MutationObserver;
  private abort?: AbortController;
  /** Whether the element has been near the viewport, so that fetching `src` is worth it. */
  private seen = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T>,
  ) {
    host.addController(this);
  }

  get status(): DataStatus {
    return !this.result ? 'pending' : this.result.ok ? 'complete' : 'error';
  }

  /** The valid data, or undefined while pending or in the error state. */
  get value(): T | undefined {
    return this.result?.ok ? this.result.value : undefined;
  }

  hostConnected(): void {
    // Inline JSON may be added or edited after the element is on the page (frameworks, CMSs).
    this.inlineObserver ??= new MutationObserver(() => this.readInline());
    this.inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readInline();
    // Back on the page after a fetch was cancelled (a router moved it): fetch again.
    if (!this.lastArgs) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.inlineObserver?.disconnect();
    if (!this.result) {
      this.abort?.abort();
      this.lastArgs = undefined;
    }
  }

  private readInline(): void {
    const text = inlineJson(this.host);
    if (text !== this.inline) {
      this.inline = text;
      this.host.requestUpdate();
    }
  }

  /**
   * Runs when its arguments changed since the last run: the sources, and what the default depends
   * on when no source is configured. The element calls it in `willUpdate`, so its own checks
   * there, and the render after, see the data this update settled.
   */
  refresh(): void {
    const { host, inline, options } = this;
    const { data, src } = host;
    const configured = (data !== undefined && data !== null) || inline !== null;
    const args = [data, inline, src, ...(configured || src ? [] : options.fallbackArgs())];
    if (this.lastArgs?.length === args.length && args.every((arg, i) => arg === this.lastArgs![i])) return;
    // Data to fetch waits for the element to come near the viewport; anything else loads at once.
    if (src && !configured && !this.seen) {
      return onceNearViewport(host, () => {
        this.seen = true;
        host.requestUpdate();
      });
    }
    this.lastArgs = args;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const result = (host.loadData ?? loadData)({ schema: options.schema(), property: data, inline, src, fallback: options.fallback() }, abort.signal, host);
    if (!(result instanceof Promise)) return this.settle(result);
    this.result = undefined;
    result.then(
      (value) => {
        if (abort.signal.aborted) return;
        this.settle(value);
        host.requestUpdate();
      },
      () => {}, // aborted: a newer run owns the element now
    );
  }

  private settle(result: LoadResult<T>): void {
    this.result = result;
    if (result.ok) return;
    const lines = result.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
    console.error(`<${this.host.localName}>: invalid data from ${SOURCE_NAMES[result.source]}:\n${lines}`);
    this.host.dispatchEvent(new MqDataErrorEvent({ source: result.source, issues: result.issues }));
  }

  /** The renderer for the current status, like `Task#render`; nothing for a missing one. */
  render<R>(renderers: DataRenderers<T, R>): R | undefined {
    const { result } = this;
    if (!result) return renderers.pending?.();
    return result.ok ? renderers.complete?.(result.value) : renderers.error?.(result.issues, result.notice);
  }
}

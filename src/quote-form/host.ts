/** What the quote form's flow (flow.ts) takes from its element. */
import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import type { QuoteFormOptions } from '../schema/quote-form.js';
import type en from './i18n/en.js';

/** What the flow reads from its element: the attributes and properties a partner sets. */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  endpoint?: string;
  privacyUrl?: string;
  treatment?: string;
  destination?: string;
  source?: string;
  utm: boolean;
  attribution: boolean;
  prefillFromUrl: boolean;
  persistHealth: boolean;
  noLink: boolean;
  captchaToken?: () => Promise<string>;
  retryBaseMs: number;
  minFillMs: number;
  stallMs: number;
}

export interface FlowOptions {
  localize: LocalizeController<typeof en>;
  /** The element's valid data; null while loading or in the error state. */
  data(): QuoteFormOptions | null;
  /** Says something through the element's polite live region. */
  announce(text: string): void;
}

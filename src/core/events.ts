/**
 * Typed events. Every event bubbles and is composed so a host page can listen on any ancestor
 * (or `document`) without reaching into shadow roots.
 */
import type { DataIssue, DataSource } from './data.js';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** Fired when structured data (property, inline JSON, `src` or an attribute) fails validation. */
export class MqDataErrorEvent extends Event {
  static readonly eventName = 'mq-data-error';
  constructor(readonly detail: { source: DataSource; issues: DataIssue[] }) {
    super(MqDataErrorEvent.eventName, init());
  }
}

/** A patient picked a destination row ("request a quote"). Contains no personal data. */
export interface SelectDetail {
  id: string;
  label: string;
  low: number;
  high: number | null;
  currency: string;
}
export class MqSelectEvent extends Event {
  static readonly eventName = 'mq-select';
  constructor(readonly detail: SelectDetail) {
    super(MqSelectEvent.eventName, init());
  }
}

export type SortKey = 'label' | 'price' | 'savings';
export type SortDirection = 'ascending' | 'descending';
/** The visible order of a table changed through its sort buttons. */
export class MqSortEvent extends Event {
  static readonly eventName = 'mq-sort';
  constructor(readonly detail: { key: SortKey; direction: SortDirection }) {
    super(MqSortEvent.eventName, init());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mq-data-error': MqDataErrorEvent;
    'mq-select': MqSelectEvent;
    'mq-sort': MqSortEvent;
  }
}

// What both stores make of their rows: the staff list's summaries and their forwarding state.
import type { Forwarding, QuoteSummary } from '../types.js';

export interface SummaryRow {
  reference: string;
  received_at: number | string;
  photo_count: number;
  request: unknown;
  has_outbox: unknown;
  attempts: number | null;
  delivered_at: number | string | null;
  next_attempt_at: number | string | null;
  last_status: number | null;
  last_error: string | null;
}

const iso = (time: number | string | null) => (time === null ? null : new Date(Number(time)).toISOString());

function forwarding(row: SummaryRow): Forwarding | null {
  if (!row.has_outbox || row.attempts === null) return null;
  return {
    status: row.delivered_at !== null ? 'delivered' : row.attempts > 0 ? 'failing' : 'pending',
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    nextAttemptAt: row.delivered_at === null ? iso(row.next_attempt_at) : null,
    deliveredAt: iso(row.delivered_at),
  };
}

export function summary(row: SummaryRow): QuoteSummary {
  return {
    reference: row.reference,
    receivedAt: iso(row.received_at)!,
    photos: row.photo_count,
    request: typeof row.request === 'string' ? JSON.parse(row.request) : row.request,
    forwarding: forwarding(row),
  };
}

/** An error message kept for the staff list: one line, bounded. */
export const shortError = (error: string | null) => (error === null ? null : error.replace(/\s+/g, ' ').slice(0, 300));

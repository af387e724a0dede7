// The shapes the handler, the stores and the blob stores agree on. A deployment may bring its own
// store or blob store by implementing these.

/** A request to store, with its photos already in the blob store. */
export interface NewQuote {
  key: string;
  /** SHA-256 of the request's fingerprint and its photos' bytes (idempotency). */
  bodyHash: string;
  /** Milliseconds since the epoch. */
  receivedAt: number;
  origin: string | null;
  request: unknown;
  photos: { name: string; type: string; size: number; blobKey: string }[];
  /** Whether to write an outbox entry in the same transaction (forwarding is set up). */
  forward: boolean;
}

export interface SaveResult {
  reference: string;
  /** True when the key was already stored with this body: the first request's reference. */
  replayed: boolean;
}

/** Where a request stands with the partner's webhook. */
export interface Forwarding {
  /** `failing`: at least one attempt failed and it is not delivered yet. */
  status: 'pending' | 'delivered' | 'failing';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

export interface QuoteSummary {
  reference: string;
  receivedAt: string;
  photos: number;
  request: unknown;
  /** null when the request was stored without forwarding. */
  forwarding: Forwarding | null;
}

export interface QuotePage {
  quotes: QuoteSummary[];
  total: number;
  /** Requests not delivered yet after a failed attempt, in the whole store. */
  failingDeliveries: number;
  /** The `before` cursor of the next page; null at the end. */
  next: number | null;
}

export interface StoredPhoto {
  name: string;
  type: string;
  size: number;
  blobKey: string | null;
  /** Bytes kept in the database by an older version (SQLite files from before blobs). */
  data?: Uint8Array;
}

/** One request waiting to reach the partner's webhook. */
export interface OutboxEntry {
  reference: string;
  key: string;
  receivedAt: number;
  request: unknown;
  photos: { name: string; type: string; size: number }[];
  /** Attempts made so far. */
  attempts: number;
}

export interface DeliveryOutcome {
  delivered: boolean;
  status: number | null;
  error: string | null;
  /** When the attempt ended (ms). */
  finishedAt: number;
  /** When to try again (ms), for an undelivered entry. */
  retryAt: number;
}

export interface QuoteStore {
  /** Creates or updates the schema (versioned migrations). Called once, before anything else. */
  open(): Promise<void>;
  /** A random secret kept in the store (tickets, photo links), made on first use, the same for every instance. */
  secret(): Promise<string>;
  /** The reference of an earlier request with this key and hash; null if none; throws a 422 for another hash. */
  lookup(key: string, bodyHash: string): Promise<string | null>;
  /** Stores a request, its photos' records and (when `forward`) its outbox entry in one transaction, once per key. */
  save(quote: NewQuote): Promise<SaveResult>;
  list(options: { limit: number; before?: number }): Promise<QuotePage>;
  photo(reference: string, position: number): Promise<StoredPhoto | null>;
  /** Deletes requests received before `time` (ms) with their photos' records and outbox entries; returns how many. */
  deleteOlderThan(time: number): Promise<number>;
  /** Which of these blob keys a stored photo still refers to. */
  referencedBlobs(keys: string[]): Promise<Set<string>>;
  /**
   * Claims up to `limit` outbox entries due at `now` that no other worker holds, runs `deliver` on
   * each (at once) while holding them, records the outcomes, and returns how many it claimed. An
   * entry is never held by two workers at once; one whose worker stops answering is free again
   * after at most `leaseMs`.
   */
  deliverDue(now: number, options: { leaseMs: number; limit: number }, deliver: (entry: OutboxEntry) => Promise<DeliveryOutcome>): Promise<number>;
  close(): Promise<void>;
  /** The blob store to use when the handler is given none (sqliteStore: a folder beside the file). */
  defaultBlobs?(): BlobStore;
}

/**
 * Where photos' bytes live, by the hex SHA-256 of their content. The filesystem default is
 * fileBlobs(); object storage fits the same four calls.
 */
export interface BlobStore {
  /** Stores the bytes under `key` (their SHA-256); storing existing bytes again refreshes their time. */
  put(key: string, bytes: Uint8Array, type: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Every stored key with when it was last put (ms), for removing what no request refers to. */
  list(): AsyncIterable<{ key: string; modifiedAt: number }>;
}

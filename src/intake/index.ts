// medquote/intake: the intake for <mq-quote-form>, on the Fetch API. Server code only: nothing
// here is in the widgets' npm entry or CDN files, and its packages (hono, better-sqlite3,
// postgres) are optional peer dependencies, loaded when first used.
export { createQuoteHandler } from './handler.js';
export type { QuoteHandler, QuoteHandlerLimits, QuoteHandlerOptions } from './handler.js';
export { sqliteStore } from './stores/sqlite.js';
export { postgresStore } from './stores/postgres.js';
export type { PostgresStoreOptions } from './stores/postgres.js';
export { fileBlobs } from './stores/files.js';
export { signPayload, verifySignature } from './signature.js';
export { securityHeaders } from './security-headers.js';
export { HttpError } from './errors.js';
export type { ForwardOptions, ForwardedQuote } from './outbox.js';
export type {
  BlobStore,
  DeliveryOutcome,
  Forwarding,
  NewQuote,
  OutboxEntry,
  QuotePage,
  QuoteStore,
  QuoteSummary,
  SaveResult,
  StoredPhoto,
} from './types.js';

// Retention: requests older than `retentionDays` are deleted with their photos' records, and
// photo files that no request refers to any more are deleted from the blob store.
import type { BlobStore, QuoteStore } from './types.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what is past retention; returns how many requests. A blob is deleted only when no
 * stored photo refers to it and it has not been put for `blobGraceMs`, so a photo being stored
 * right now (its file written, its request not yet committed) is never taken for an orphan.
 */
export async function sweep({ store, blobs, cutoff, blobGraceMs }: { store: QuoteStore; blobs: BlobStore; cutoff: number; blobGraceMs: number }): Promise<number> {
  const deleted = await store.deleteOlderThan(cutoff);
  const untouchedSince = Date.now() - blobGraceMs;
  let batch: string[] = [];
  const removeUnreferenced = async () => {
    const referenced = await store.referencedBlobs(batch);
    for (const key of batch) if (!referenced.has(key)) await blobs.delete(key);
    batch = [];
  };
  for await (const { key, modifiedAt } of blobs.list()) {
    if (modifiedAt > untouchedSince) continue;
    batch.push(key);
    if (batch.length >= 500) await removeUnreferenced();
  }
  if (batch.length) await removeUnreferenced();
  return deleted;
}

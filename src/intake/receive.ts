// POST <base>: one quote request, from its Idempotency-Key to its row. Bounded, checked for what
// its photos really are, stored once per key, and (with forwarding) queued for the partner.
import { quoteRequest, validate, type QuoteRequest } from '../schema/index.js';
import { bodyKind, parseJson, parseMultipart, readBody, type Stall } from './body.js';
import { sha256Hex } from './bytes.js';
import { HttpError } from './errors.js';
import { createInFlight, requestHash } from './idempotency.js';
import { checkPhotos } from './photos.js';
import { createWindowCounter } from './rate-limit.js';
import type { createTickets } from './ticket.js';
import type { BlobStore, QuoteStore } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReceiveOptions {
  store: QuoteStore;
  blobs: BlobStore;
  tickets: ReturnType<typeof createTickets>;
  minFillMs: number;
  verifyCaptcha: ((token: string | undefined, context: { client: string }) => boolean | Promise<boolean>) | undefined;
  uploadBytesPerDay: number;
  maxConcurrentUploads: number;
  uploadsPerClient: number;
  stall: Stall;
  forwarding: boolean;
  stored: () => void;
  now: () => number;
  log: (message: string) => void;
}

export function createReceiver(options: ReceiveOptions) {
  const { store, blobs, tickets, minFillMs, verifyCaptcha, uploadBytesPerDay, maxConcurrentUploads, uploadsPerClient, now, log } = options;
  const uploadQuota = createWindowCounter({ limit: uploadBytesPerDay, windowMs: DAY_MS });
  const uploading = new Map<string, number>(); // client → uploads being received
  let uploadsTotal = 0;
  const inFlight = createInFlight();

  /** Holds an upload slot while `work` runs: `uploadsPerClient` per client, `maxConcurrentUploads` in all. */
  async function withUploadSlot<T>(client: string, work: () => Promise<T>): Promise<T> {
    const mine = uploading.get(client) ?? 0;
    // Answered before the body is read: `connection: close` spares receiving what will not be used.
    const retry = { 'retry-after': '5', connection: 'close' };
    if (mine >= uploadsPerClient) throw new HttpError(429, 'two uploads from you are already on their way; try again when they are done', { headers: retry });
    if (uploadsTotal >= maxConcurrentUploads) throw new HttpError(503, 'too many uploads at once; try again shortly', { headers: retry });
    uploading.set(client, mine + 1);
    uploadsTotal++;
    try {
      return await work();
    } finally {
      uploadsTotal--;
      const left = (uploading.get(client) ?? 1) - 1;
      if (left) uploading.set(client, left);
      else uploading.delete(client);
    }
  }

  const uploadQuotaError = () =>
    new HttpError(429, 'the daily limit for photos from your connection is reached', {
      headers: { 'retry-after': String(uploadQuota.retryAfter(now())), connection: 'close' },
    });

  /** Refuses requests sent too soon after the patient started: by the ticket when there is one, else by fillMs. */
  async function checkFillTime(request: QuoteRequest) {
    const verdict = request.ticket ? await tickets.check(request.ticket, { minFillMs, now: now() }) : request.fillMs < minFillMs ? 'too-fast' : 'ok';
    if (verdict !== 'ok') throw new HttpError(400, 'rejected as automated', { code: 'too-fast' });
  }

  async function checkCaptcha(token: string | undefined, client: string) {
    if (!verifyCaptcha) return;
    let passed: boolean;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // A provider that does not answer within 10 s counts as unavailable, so the key is released.
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 10 s')), 10_000)));
      passed = await Promise.race([Promise.resolve(verifyCaptcha(token, { client })), timeout]);
    } catch (error) {
      log(`medquote intake: verifyCaptcha failed: ${(error as Error)?.message ?? error}`);
      throw new HttpError(503, 'the bot check is unavailable; try again shortly', { code: 'captcha-unavailable', headers: { 'retry-after': '5' } });
    } finally {
      clearTimeout(timer);
    }
    if (!passed) throw new HttpError(400, 'the bot check failed', { code: 'captcha-failed', path: 'captchaToken' });
  }

  async function readRequest(request: Request, client: string) {
    const contentType = request.headers.get('content-type') ?? '';
    const { kind, limit } = bodyKind(contentType);
    const declared = request.headers.get('content-length');
    const read = () => readBody(request.body, { limit, ...(declared !== null ? { declaredLength: Number(declared) } : {}), ...options.stall });
    if (kind === 'json') return { json: parseJson(await read()), photos: [] };
    if (uploadQuota.used(client, now()) >= uploadBytesPerDay) throw uploadQuotaError();
    return withUploadSlot(client, async () => parseMultipart(contentType, await read()));
  }

  return async function receive(request: Request, client: string): Promise<{ status: 200 | 201; reference: string }> {
    const key = request.headers.get('idempotency-key');
    if (key === null || !/^[A-Za-z0-9_-]{8,200}$/.test(key)) {
      throw new HttpError(400, 'an Idempotency-Key header (8–200 letters, digits, - or _) is required');
    }
    const parsed = await readRequest(request, client);
    const result = validate(quoteRequest, parsed.json);
    if (!result.ok) throw new HttpError(422, result.issues[0]!.message, { errors: result.issues });
    const photos = checkPhotos(result.value.photos ?? [], parsed.photos);
    const blobKeys = await Promise.all(photos.map((photo) => sha256Hex(photo.data)));
    const bodyHash = await requestHash(result.value, blobKeys);

    return inFlight.run(key, async () => {
      // A retry of a request already stored gets the first answer; its checks were passed then.
      const earlier = await store.lookup(key, bodyHash);
      if (earlier) return { status: 200, reference: earlier };
      await checkFillTime(result.value);
      await checkCaptcha(result.value.captchaToken, client);
      const photoBytes = photos.reduce((sum, photo) => sum + photo.data.length, 0);
      if (photoBytes && uploadQuota.take(client, photoBytes, now())) throw uploadQuotaError();
      // The files first: a stored request never points at a photo that is not there.
      await Promise.all(photos.map((photo, index) => blobs.put(blobKeys[index]!, photo.data, photo.type)));
      const stored = await store.save({
        key,
        bodyHash,
        receivedAt: now(),
        origin: request.headers.get('origin'),
        request: result.value,
        photos: photos.map((photo, index) => ({ name: photo.name, type: photo.type, size: photo.data.length, blobKey: blobKeys[index]! })),
        forward: options.forwarding,
      });
      if (!stored.replayed && options.forwarding) options.stored();
      return { status: stored.replayed ? 200 : 201, reference: stored.reference };
    });
  };
}

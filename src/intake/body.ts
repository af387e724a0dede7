// Request bodies, bounded: how large they may be, read with a stall timer rather than a deadline.
import { HttpError } from './errors.js';
import { JSON_LIMIT, MAX_PHOTOS, MULTIPART_LIMIT } from './limits.js';

export type BodyKind = { kind: 'json' | 'multipart'; limit: number };

/** The kind of body a content type announces, or a 415. */
export function bodyKind(contentType = ''): BodyKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return { kind: 'json', limit: JSON_LIMIT };
  if (type === 'multipart/form-data') return { kind: 'multipart', limit: MULTIPART_LIMIT };
  throw new HttpError(415, 'send application/json or multipart/form-data');
}

/** Answers sent before the body is read say `connection: close`, so the rest is never received. */
export const tooLarge = (limit: number) => new HttpError(413, `the body is over ${limit} bytes`, { headers: { connection: 'close' } });

export interface Stall {
  /** A body sending fewer than `stallBytes` in any `stallMs` is cut off with 408. */
  stallMs?: number;
  stallBytes?: number;
}

/**
 * Reads a body into one buffer, refusing more than `limit` bytes as soon as they are exceeded. A
 * slow sender is fine; a stalled one is not: fewer than `stallBytes` in any `stallMs` ends the
 * read with a 408, so a 50 MB upload over a slow uplink can finish while a client that trickles
 * bytes to hold a connection cannot.
 */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  { limit, declaredLength, stallMs = 30_000, stallBytes = 8 * 1024 }: Stall & { limit: number; declaredLength?: number },
): Promise<Uint8Array<ArrayBuffer>> {
  if (declaredLength !== undefined && declaredLength > limit) throw tooLarge(limit);
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let sinceCheck = 0;
  let stalled = false;
  const timer = setInterval(() => {
    // Every declared byte here is not a stall, only an end not read yet (a busy server).
    const arrived = declaredLength !== undefined && size >= declaredLength;
    if (sinceCheck < stallBytes && !arrived) {
      stalled = true;
      reader.cancel().catch(() => {});
    }
    sinceCheck = 0;
  }, stallMs);
  try {
    for (;;) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch {
        throw stalled ? stallError() : new HttpError(400, 'the request was interrupted');
      }
      if (stalled) throw stallError();
      if (next.done) break;
      size += next.value.length;
      sinceCheck += next.value.length;
      if (size > limit) {
        reader.cancel().catch(() => {});
        throw tooLarge(limit);
      }
      chunks.push(next.value);
    }
  } finally {
    clearInterval(timer);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

const stallError = () => new HttpError(408, 'the upload stalled; send it again', { headers: { connection: 'close' } });

/** JSON.parse that answers 400 instead of throwing a SyntaxError. */
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

const badMultipart = () => new HttpError(400, 'the multipart body could not be read');
const CRLF = [0x0d, 0x0a];

/**
 * Where `needle` first occurs in `haystack` from `from`, or -1. The native search jumps to each
 * candidate first byte; after a near miss a few bytes are scanned by hand, so a body made of
 * nothing but candidates (50 MB of CR) costs one pass rather than a native call per byte.
 */
function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  const last = haystack.length - needle.length;
  for (let at = haystack.indexOf(first, from); at !== -1 && at <= last; ) {
    let matched = 1;
    while (matched < needle.length && haystack[at + matched] === needle[matched]) matched++;
    if (matched === needle.length) return at;
    let next = at + 1;
    const handScan = Math.min(last, at + 64);
    while (next <= handScan && haystack[next] !== first) next++;
    at = next <= handScan ? next : haystack.indexOf(first, next);
  }
  return -1;
}

/**
 * The parts of a multipart/form-data body (RFC 7578), each as its name and a view of its bytes
 * (no copies: a body of five photos is held in memory once). The body is already bounded.
 */
function multipartParts(contentType: string, body: Uint8Array): { name: string | undefined; data: Uint8Array<ArrayBuffer> }[] {
  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  if (!boundary) throw badMultipart();
  const encoder = new TextEncoder();
  const dashBoundary = encoder.encode(`--${boundary[1] ?? boundary[2]}`);
  const delimiter = encoder.encode(`\r\n--${boundary[1] ?? boundary[2]}`);
  const headersEnd = encoder.encode('\r\n\r\n');
  const parts: { name: string | undefined; data: Uint8Array<ArrayBuffer> }[] = [];
  let at = indexOf(body, dashBoundary, 0);
  if (at === -1) throw badMultipart();
  at += dashBoundary.length;
  // After each boundary: "--" ends the body, otherwise CRLF, the part's headers, a blank line, its bytes.
  while (!(body[at] === 0x2d && body[at + 1] === 0x2d)) {
    if (body[at] !== CRLF[0] || body[at + 1] !== CRLF[1] || parts.length > MAX_PHOTOS + 5) throw badMultipart();
    const headerEnd = indexOf(body, headersEnd, at);
    const end = headerEnd === -1 ? -1 : indexOf(body, delimiter, headerEnd + 4);
    if (end === -1) throw badMultipart();
    const headers = new TextDecoder().decode(body.subarray(at + 2, headerEnd));
    const name = /^content-disposition:\s*form-data\s*;(?:.*;)?\s*name="([^"]*)"/im.exec(headers)?.[1];
    parts.push({ name, data: body.subarray(headerEnd + 4, end) as Uint8Array<ArrayBuffer> });
    at = end + delimiter.length;
  }
  return parts;
}

/** The request JSON (part "request") and the photos (parts "photos") of a multipart body. */
export function parseMultipart(contentType: string, body: Uint8Array): { json: unknown; photos: Uint8Array<ArrayBuffer>[] } {
  const parts = multipartParts(contentType, body);
  const requests = parts.filter((part) => part.name === 'request');
  if (requests.length !== 1) throw new HttpError(400, 'send exactly one part named "request"');
  if (requests[0]!.data.length > JSON_LIMIT) throw tooLarge(JSON_LIMIT);
  const photos = parts.filter((part) => part.name === 'photos').map((part) => part.data);
  if (photos.length > MAX_PHOTOS) throw new HttpError(422, `at most ${MAX_PHOTOS} photos`, { path: 'photos' });
  return { json: parseJson(requests[0]!.data), photos };
}

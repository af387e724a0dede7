// Request bodies, bounded: how large they may be, read with a stall timer rather than a deadline.
import { HttpError } from './errors.js';

/** A quote request as JSON: a few kilobytes in practice; 64 KiB leaves room for long notes. */
export const JSON_LIMIT = 64 * 1024;
export const MAX_PHOTOS = 5;
export const PHOTO_LIMIT = 10 * 1024 * 1024;
/** The JSON part, five photos at their limit, and the multipart framing around them. */
export const MULTIPART_LIMIT = JSON_LIMIT + MAX_PHOTOS * PHOTO_LIMIT + 64 * 1024;

/** The kind of body a content type announces, or a 415. */
export function bodyKind(contentType = '') {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/json') return { kind: 'json', limit: JSON_LIMIT };
  if (type === 'multipart/form-data') return { kind: 'multipart', limit: MULTIPART_LIMIT };
  throw new HttpError(415, 'send application/json or multipart/form-data');
}

export const tooLarge = (limit) => new HttpError(413, `the body is over ${limit} bytes`, { headers: { connection: 'close' } });

/**
 * Reads a body (any Node readable stream) into one buffer, refusing more than `limit` bytes as
 * soon as they are exceeded. A slow sender is fine; a stalled one is not: fewer than `stallBytes`
 * in any `stallMs` ends the read with a 408, so a 50 MB upload over a slow uplink can finish
 * while a client that trickles bytes to hold a connection cannot.
 *
 * @param {import('node:stream').Readable} stream
 * @param {{ limit: number, declaredLength?: number, stallMs?: number, stallBytes?: number }} options
 * @returns {Promise<Buffer>}
 */
export function readBody(stream, { limit, declaredLength, stallMs = 30_000, stallBytes = 8 * 1024 }) {
  return new Promise((resolve, reject) => {
    if (declaredLength > limit) return reject(tooLarge(limit));
    const chunks = [];
    let size = 0;
    let sinceCheck = 0;
    const timer = setInterval(() => {
      if (sinceCheck < stallBytes) finish(new HttpError(408, 'the upload stalled; send it again', { headers: { connection: 'close' } }));
      sinceCheck = 0;
    }, stallMs);
    const onData = (chunk) => {
      size += chunk.length;
      sinceCheck += chunk.length;
      if (size > limit) finish(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(null, Buffer.concat(chunks, size));
    const onClose = () => finish(new HttpError(400, 'the request was interrupted'));
    function finish(error, body) {
      clearInterval(timer);
      stream.off('data', onData).off('end', onEnd).off('error', onClose).off('close', onClose);
      if (error) reject(error);
      else resolve(body);
    }
    stream.on('data', onData).on('end', onEnd).on('error', onClose).on('close', onClose);
  });
}

/** JSON.parse that answers 400 instead of throwing a SyntaxError. */
export function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

/**
 * The request JSON and the photo parts of a multipart body. Node's built-in fetch (undici)
 * parses multipart, so no extra dependency; the body is already bounded by MULTIPART_LIMIT.
 * @returns {Promise<{ json: unknown, photos: { bytes: Buffer, filename: string }[] }>}
 */
export async function parseMultipart(contentType, body) {
  let form;
  try {
    form = await new Request('http://intake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
  } catch {
    throw new HttpError(400, 'the multipart body could not be read');
  }
  const parts = form.getAll('request');
  if (parts.length !== 1) throw new HttpError(400, 'send exactly one part named "request"');
  const text = typeof parts[0] === 'string' ? parts[0] : await parts[0].text();
  if (Buffer.byteLength(text) > JSON_LIMIT) throw tooLarge(JSON_LIMIT);
  const files = form.getAll('photos');
  if (files.length > MAX_PHOTOS) throw new HttpError(422, `at most ${MAX_PHOTOS} photos`, { path: 'photos' });
  const photos = await Promise.all(
    files.map(async (file) => ({
      bytes: Buffer.from(typeof file === 'string' ? file : await file.arrayBuffer()),
      filename: typeof file === 'string' ? '' : file.name,
    })),
  );
  return { json: parseJson(text), photos };
}

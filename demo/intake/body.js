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

const CRLF = Buffer.from('\r\n');
const badMultipart = () => new HttpError(400, 'the multipart body could not be read');

/**
 * The parts of a multipart/form-data body (RFC 7578), each as its name and a view of its bytes
 * (no copies: a body of five photos is held in memory once). The body is already bounded.
 * @returns {{ name: string, data: Buffer }[]}
 */
function multipartParts(contentType, body) {
  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  if (!boundary) throw badMultipart();
  const dashBoundary = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  const parts = [];
  let at = body.indexOf(dashBoundary);
  if (at === -1) throw badMultipart();
  at += dashBoundary.length;
  // After each boundary: "--" ends the body, otherwise CRLF, the part's headers, a blank line, its bytes.
  while (!(body[at] === 0x2d && body[at + 1] === 0x2d)) {
    if (!body.subarray(at, at + 2).equals(CRLF) || parts.length > MAX_PHOTOS + 5) throw badMultipart();
    const headersEnd = body.indexOf('\r\n\r\n', at);
    const end = headersEnd === -1 ? -1 : body.indexOf(delimiter, headersEnd + 4);
    if (end === -1) throw badMultipart();
    const headers = body.toString('utf8', at + 2, headersEnd);
    const name = /^content-disposition:\s*form-data\s*;(?:.*;)?\s*name="([^"]*)"/im.exec(headers)?.[1];
    parts.push({ name, data: body.subarray(headersEnd + 4, end) });
    at = end + delimiter.length;
  }
  return parts;
}

/**
 * The request JSON (part "request") and the photos (parts "photos") of a multipart body.
 * @returns {{ json: unknown, photos: { bytes: Buffer }[] }}
 */
export function parseMultipart(contentType, body) {
  const parts = multipartParts(contentType, body);
  const requests = parts.filter((part) => part.name === 'request');
  if (requests.length !== 1) throw new HttpError(400, 'send exactly one part named "request"');
  if (requests[0].data.length > JSON_LIMIT) throw tooLarge(JSON_LIMIT);
  const photos = parts.filter((part) => part.name === 'photos').map((part) => ({ bytes: part.data }));
  if (photos.length > MAX_PHOTOS) throw new HttpError(422, `at most ${MAX_PHOTOS} photos`, { path: 'photos' });
  return { json: parseJson(requests[0].data.toString('utf8')), photos };
}

// Signed webhooks: `MQ-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, the
// scheme payment providers use. The receiving side checks it with verifySignature().
import { fromHex, hmacKey, toHex, utf8 } from './bytes.js';

/** The MQ-Signature header for a body sent at `now` (ms). */
export async function signPayload(body: string, secret: string, now = Date.now()): Promise<string> {
  const timestamp = Math.floor(now / 1000);
  const key = await hmacKey(secret);
  return `t=${timestamp},v1=${toHex(await key.sign(`${timestamp}.${body}`))}`;
}

/**
 * True when `header` (MQ-Signature) signs exactly `body` (the raw text received, before any JSON
 * parsing) with `secret`, and was made no more than `toleranceSeconds` from now: a replayed
 * delivery is refused once it is older than that. Each `v1` is checked in constant time (Web
 * Crypto's HMAC verify); several are accepted, so a secret can be rotated.
 */
export async function verifySignature(
  body: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  toleranceSeconds = 300,
  now = Date.now(),
): Promise<boolean> {
  if (typeof header !== 'string' || !secret) return false;
  const fields = header.split(',').map((field) => field.trim().split('='));
  const timestamps = fields.filter(([name]) => name === 't').map(([, value]) => value ?? '');
  const signatures = fields.filter(([name]) => name === 'v1').map(([, value]) => fromHex(value ?? ''));
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0]!) || !signatures.length) return false;
  const timestamp = Number(timestamps[0]);
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const bytes = typeof body === 'string' ? utf8(body) : body;
  const signed = new Uint8Array(timestamps[0]!.length + 1 + bytes.length);
  signed.set(utf8(`${timestamps[0]}.`));
  signed.set(bytes, timestamps[0]!.length + 1);
  const key = await hmacKey(secret);
  let valid = false;
  for (const signature of signatures) {
    // Every signature is checked, whichever matches, so the time taken says nothing.
    if (signature?.length === 32 && (await key.verify(signed, signature))) valid = true;
  }
  return valid;
}

import { randomBytes } from './bytes.js';

/** A reference a patient can read out on the phone: MQ- and eight unambiguous characters. */
export function newReference(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `MQ-${Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

export const REFERENCE = /^MQ-[2-9A-HJ-NP-Z]{8}$/;

// Secrets kept as files only their owner can read (mode 0600), created on first use.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/** The secret in `path`, or a new random one written there; a file others could read is tightened to 0600. */
export function loadOrCreateSecret(path) {
  try {
    if (statSync(path).mode & 0o077) chmodSync(path, 0o600);
    const secret = readFileSync(path, 'utf8').trim();
    if (secret) return secret;
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // the process umask may have loosened the mode at creation
  return secret;
}

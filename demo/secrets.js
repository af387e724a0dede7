// Secrets kept as files only their owner can read (mode 0600), created on first use.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * The secret in `path`, or a new random one written there (exclusively: two processes starting
 * together on one data directory end up with the same one); a file others could read is tightened to 0600.
 */
export function loadOrCreateSecret(path) {
  for (;;) {
    try {
      if (statSync(path).mode & 0o077) chmodSync(path, 0o600);
      const secret = readFileSync(path, 'utf8').trim();
      if (secret) return secret;
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600); // the process umask may have loosened the mode at creation
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
}

// A partner's webhook for the forwarding tests and the bench: records every attempt (its raw body,
// headers and the answer it got) and answers as `answer(attempt, key)` says.
import { createServer } from 'node:http';
import { freePort } from './helpers.js';

/**
 * @param {(attempt: number, key: string) => { status: number, headers?: Record<string, string>, delayMs?: number }} answer
 *   attempt counts from 1 for each Idempotency-Key
 */
export async function startWebhook(answer) {
  const attempts = []; // { key, attempt, body, signature, status, at, overlapping }
  const counts = new Map();
  const inFlight = new Set();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const key = request.headers['idempotency-key'];
      const attempt = (counts.get(key) ?? 0) + 1;
      counts.set(key, attempt);
      const overlapping = inFlight.has(key);
      inFlight.add(key);
      const { status, headers = {}, delayMs = 0 } = answer(attempt, key);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      attempts.push({ key, attempt, body: Buffer.concat(chunks).toString('utf8'), signature: request.headers['mq-signature'], status, at: Date.now(), overlapping });
      inFlight.delete(key);
      response.writeHead(status, { 'content-type': 'text/plain', ...headers }).end('ok');
    });
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/hooks/quotes`,
    attempts,
    /** The attempts answered 2xx, by key. */
    delivered() {
      const byKey = new Map();
      for (const entry of attempts) if (entry.status < 300) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
      return byKey;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Resolves once `check()` is true; fails after `ms`, saying `what`. */
export async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

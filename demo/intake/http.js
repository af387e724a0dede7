// Node's http server, set up so that no request can crash it or hold it: every request ends in
// an answer (400 for unreadable ones), headers must arrive in time, and a handler's failure is
// answered by a last-resort 500 instead of taking the process down.
import { createServer, STATUS_CODES } from 'node:http';
import { HttpError } from './errors.js';
import { securityHeaders } from './security-headers.js';

/** Sends a JSON answer with the security headers; never cached (it may carry health data). */
export function sendJson(response, status, body, headers = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders('api'),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Answers an HttpError; anything else is logged (its message only: no request data) and is a 500. */
export function sendError(response, caught, headers = {}) {
  if (!(caught instanceof HttpError)) console.error('medquote server:', caught);
  const error = caught instanceof HttpError ? caught : new HttpError(500, 'the request could not be handled; try again', { headers: { connection: 'close' } });
  if (response.headersSent) {
    response.destroy();
    return;
  }
  // After an answer sent before the body was read (413, 408), close rather than read the rest.
  if (error.headers.connection === 'close') response.once('finish', () => response.req?.socket?.destroy());
  sendJson(response, error.status, error.body, { ...headers, ...error.headers });
}

/** The URL path of a request target, or a 400 for one no URL parser accepts (`http://[/x`, `/%E0%A4%A`). */
export function requestPath(request) {
  try {
    const { pathname, searchParams } = new URL(request.url ?? '', 'http://server.invalid');
    return { pathname: decodeURIComponent(pathname), searchParams };
  } catch {
    throw new HttpError(400, 'the request target could not be read');
  }
}

/** A raw HTTP answer for a request Node could not even parse. */
function rawAnswer(status) {
  const body = `${STATUS_CODES[status]}\n`;
  const headers = { ...securityHeaders('api'), 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, connection: 'close' };
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}

/**
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handler
 * @param {{ headersTimeout?: number, requestTimeout?: number, checkEveryMs?: number }} [timeouts]
 *   headersTimeout: a client has this long to send its headers (slowloris);
 *   requestTimeout: a backstop for a whole request; the body is timed by its stalls (readBody),
 *   so this only has to be longer than the slowest honest upload: 50 MB at ~450 kbit/s.
 */
export function createHttpServer(handler, { headersTimeout = 10_000, requestTimeout = 15 * 60_000, checkEveryMs = 1000 } = {}) {
  const server = createServer({ headersTimeout, requestTimeout, connectionsCheckingInterval: checkEveryMs }, (request, response) => {
    // Whatever a handler throws, synchronously or not, ends here as an answer.
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error) => sendError(response, error));
  });
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.end(rawAnswer(status));
  });
  return server;
}

// The Node adapter ("medquote/intake/node"): serves a Fetch handler with node:http, keeping the
// protections only a socket can give. Every request ends in an answer: one Node cannot parse, or
// whose target no URL parser accepts, gets a 400 (with the security headers); headers must arrive
// in time (slowloris); whatever a handler throws ends in a last-resort 500 rather than an exit.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Socket } from 'node:net';
import { securityHeaders } from './security-headers.js';

/** What the adapter passes a handler as its second argument (createQuoteHandler reads remoteAddress). */
export interface NodePlatform {
  remoteAddress: string | undefined;
  incoming: IncomingMessage;
}
export type FetchHandler = (request: Request, platform: NodePlatform) => Response | Promise<Response>;

export interface NodeServerOptions {
  /** A client has this long to send its headers: 10 s. */
  headersTimeout?: number;
  /**
   * A backstop for a whole request: 15 minutes. Bodies are timed by their stalls (the handler's
   * stallMs), so this only has to be longer than the slowest honest upload (50 MB at ~450 kbit/s).
   */
  requestTimeout?: number;
  /** How often those two are checked: 1 s. */
  checkEveryMs?: number;
}

/** A plain-text answer with the security headers, closing the connection. */
function plainAnswer(status: number): { head: Record<string, string | number>; body: string } {
  const body = `${STATUS_CODES[status]}\n`;
  return { head: { ...securityHeaders('api'), 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, connection: 'close' }, body };
}

/** A raw HTTP answer, for a request Node could not even parse. */
function rawAnswer(status: number): string {
  const { head, body } = plainAnswer(status);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(head).map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}

/** The Fetch Request for Node's request, or null when its target or headers cannot make one. */
function toRequest(incoming: IncomingMessage): Request | null {
  try {
    const encrypted = (incoming.socket as Socket & { encrypted?: boolean }).encrypted;
    // No Host (HTTP/1.0): a name no public origin has, so the handler refuses it as any unknown host.
    const url = new URL(incoming.url ?? '', `${encrypted ? 'https' : 'http'}://${incoming.headers.host ?? 'host.invalid'}`);
    const headers = new Headers();
    for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
    const method = incoming.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
    return new Request(url, { method, headers, body, ...(body ? { duplex: 'half' } : {}) } as RequestInit);
  } catch {
    return null;
  }
}

type Head = Record<string, string | number | string[]>;

/**
 * Writes the status and headers. A body not read to its end (an answer before the upload was
 * received) is not drained: the connection is closed after the answer instead.
 */
function writeHead(incoming: IncomingMessage, outgoing: ServerResponse, status: number, head: Head) {
  if (!incoming.complete || head.connection === 'close') {
    head.connection = 'close';
    const socket = incoming.socket;
    outgoing.once('finish', () => socket?.destroy());
  }
  outgoing.writeHead(status, head);
}

function send(incoming: IncomingMessage, outgoing: ServerResponse, status: number, head: Head, body?: string) {
  if (outgoing.headersSent) {
    outgoing.destroy();
    return;
  }
  writeHead(incoming, outgoing, status, head);
  outgoing.end(body);
}

async function writeResponse(incoming: IncomingMessage, outgoing: ServerResponse, response: Response) {
  const head: Head = {};
  response.headers.forEach((value, name) => (head[name] = value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) head['set-cookie'] = cookies;
  if (!response.body || incoming.method === 'HEAD') {
    await response.body?.cancel();
    send(incoming, outgoing, response.status, head);
    return;
  }
  writeHead(incoming, outgoing, response.status, head);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (outgoing.destroyed) throw new Error('the client went away');
      if (!outgoing.write(value)) await new Promise((resolve) => outgoing.once('drain', resolve).once('close', resolve));
    }
    outgoing.end();
  } catch {
    await reader.cancel().catch(() => {});
    outgoing.destroy();
  }
}

/** A node:http request listener that answers with `handler`. */
export function toNodeListener(handler: FetchHandler): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    const request = toRequest(incoming);
    if (!request) {
      const { head, body } = plainAnswer(400);
      send(incoming, outgoing, 400, head, body);
      return;
    }
    // Whatever the handler throws, synchronously or not, ends here as an answer.
    Promise.resolve()
      .then(() => handler(request, { remoteAddress: incoming.socket.remoteAddress, incoming }))
      .then((response) => writeResponse(incoming, outgoing, response))
      .catch((error) => {
        console.error('medquote intake (node adapter):', (error as Error)?.message ?? error);
        const { head } = plainAnswer(500);
        const body = JSON.stringify({ errors: [{ path: '', message: 'the request could not be handled; try again' }] });
        send(incoming, outgoing, 500, { ...head, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }, body);
      });
  };
}

/** A node:http server for `handler`; call listen() on it. */
export function createNodeServer(handler: FetchHandler, { headersTimeout = 10_000, requestTimeout = 15 * 60_000, checkEveryMs = 1000 }: NodeServerOptions = {}): Server {
  const server = createServer({ headersTimeout, requestTimeout, connectionsCheckingInterval: checkEveryMs }, toNodeListener(handler));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.end(rawAnswer(status));
  });
  // CONNECT asks a proxy for a tunnel; without this Node closes the connection without an answer.
  server.on('connect', (_request: IncomingMessage, socket: Socket) => socket.end(rawAnswer(405)));
  return server;
}

/**
 * Networks the test server cannot play: answers a server gives only under load or after an
 * upgrade (408, 409, a reused key, an expired ticket), and slow or stalling uplinks. What is not
 * scripted goes to the real intake on the test server.
 */

export interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  credentials?: RequestCredentials;
  at: number;
}

/**
 * Replaces `fetch` (of `win`, default this window) until `restore()`: `answer` returns a Response
 * for the calls it scripts, or undefined to let the call through to the real server.
 */
export function scriptFetch(answer: (call: Call, index: number) => Response | Promise<Response> | undefined, win: Window = window) {
  const real = win.fetch;
  const calls: Call[] = [];
  win.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input instanceof Request ? input.url : input), method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body, credentials: init.credentials, at: performance.now() };
    calls.push(call);
    return Promise.resolve(answer(call, calls.length - 1) ?? real.call(win, input, init));
  };
  return { calls, restore: () => (win.fetch = real) };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The POSTs among the calls. */
export const posts = (calls: Call[]) => calls.filter((call) => call.method === 'POST');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stands in for XMLHttpRequest (which the form uses for requests with photos): each request runs
 * `script`, which reports upload progress, stalls, answers, or forwards the request to the real
 * server. Only what the form uses is implemented.
 */
export class ScriptedXhr {
  static script: (xhr: ScriptedXhr) => Promise<void>;
  static sent: ScriptedXhr[] = [];

  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onprogress: ((event: ProgressEvent) => void) | null = null;
  onloadend: (() => void) | null = null;
  responseType = '';
  status = 0;
  response: unknown = null;
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  aborted = false;
  done = false;
  private answerHeaders: Record<string, string> = {};

  open(method: string, url: string | URL): void {
    if (method !== 'POST') throw new Error(`unexpected ${method}`);
    this.url = String(url);
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }
  getResponseHeader(name: string): string | null {
    return this.answerHeaders[name.toLowerCase()] ?? null;
  }
  send(body: unknown): void {
    this.body = body;
    ScriptedXhr.sent.push(this);
    void ScriptedXhr.script(this);
  }
  abort(): void {
    if (this.done) return;
    this.aborted = true;
    this.finish(0, null, {});
  }

  /** Reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number): void {
    if (!this.done) this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
  }
  /** Sends in `steps` equal parts, `ms` apart. */
  async trickle(steps: number, ms: number, upTo = 1): Promise<void> {
    for (let step = 1; step <= steps * upTo && !this.done; step++) {
      await pause(ms);
      this.progress(step, steps);
    }
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (!this.done) this.finish(status, body, headers);
  }
  /** Lets the request through to the real server, and its answer back. */
  async forward(): Promise<void> {
    const response = await fetch(this.url, { method: 'POST', headers: this.headers, body: this.body as BodyInit });
    this.answer(response.status, await response.json().catch(() => null), { 'retry-after': response.headers.get('retry-after') ?? '' });
  }
  private finish(status: number, body: unknown, headers: Record<string, string>): void {
    this.done = true;
    Object.assign(this, { status, response: body, answerHeaders: headers });
    this.onloadend?.();
  }

  /** Installs the stand-in until `restore()`. */
  static install(script: (xhr: ScriptedXhr) => Promise<void>) {
    const real = window.XMLHttpRequest;
    ScriptedXhr.script = script;
    ScriptedXhr.sent = [];
    window.XMLHttpRequest = ScriptedXhr as unknown as typeof XMLHttpRequest;
    return { restore: () => (window.XMLHttpRequest = real) };
  }
}

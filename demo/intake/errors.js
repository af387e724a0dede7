// The one error shape the intake answers with: { code?, errors: [{ path, message }] }.

export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message what went wrong, for the person (or developer) reading it
   * @param {{ code?: string, path?: string, headers?: Record<string, string>, errors?: { path: string, message: string }[] }} [details]
   *   code: a stable word a client can act on (`idempotency-key-reused`, `too-fast`, …)
   */
  constructor(status, message, { code, path = '', headers = {}, errors } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
    this.errors = errors ?? [{ path, message }];
  }

  get body() {
    return this.code ? { code: this.code, errors: this.errors } : { errors: this.errors };
  }
}

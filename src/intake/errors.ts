// The one error shape the intake answers with: { code?, errors: [{ path, message }] }.

export interface Problem {
  path: string;
  message: string;
}

export interface HttpErrorDetails {
  /** A stable word a client can act on (`idempotency-key-reused`, `too-fast`, …). */
  code?: string;
  path?: string;
  headers?: Record<string, string>;
  errors?: Problem[];
}

export class HttpError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly headers: Record<string, string>;
  readonly errors: Problem[];

  /** @param message what went wrong, for the person (or developer) reading it */
  constructor(status: number, message: string, { code, path = '', headers = {}, errors }: HttpErrorDetails = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
    this.errors = errors ?? [{ path, message }];
  }

  get body(): { code?: string; errors: Problem[] } {
    return this.code ? { code: this.code, errors: this.errors } : { errors: this.errors };
  }
}

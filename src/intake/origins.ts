// Which Host and Origin values the handler answers, from configuration, never from the request.
//
// publicOrigins: where the handler is reached ('https://clinic.example', or the listening
// address in development). Only their hosts are answered (a page on another name that resolves
// here, as in DNS rebinding, is refused), and a page from one of them is same-origin, http or https.
// allowedOrigins: other sites whose pages may send quote requests here (CORS).

/** 'https://Clinic.example:443/' → 'https://clinic.example'; throws on anything but an http(s) origin. */
export function normalizeOrigin(origin: string): string {
  const url = new URL(origin);
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) throw new Error(`not an origin: ${origin}`);
  return url.origin;
}

export interface OriginPolicy {
  /** True when the Host names one of the public origins (any Host when none are configured). */
  hostAllowed(host: string | null | undefined): boolean;
  /** Whether a page from `origin` may send here, and the CORS headers its answers need. */
  cors(origin: string | null): { allowed: boolean; headers: Record<string, string> };
  /** The first public origin, for links the handler hands out. */
  readonly first: string | undefined;
}

export function createOriginPolicy({ publicOrigins = [], allowedOrigins = [] }: { publicOrigins?: string[]; allowedOrigins?: string[] }): OriginPolicy {
  const own = new Set(publicOrigins.map(normalizeOrigin));
  const others = new Set(allowedOrigins.map(normalizeOrigin));
  const parsed = [...own].map((origin) => new URL(origin));
  return {
    hostAllowed(host) {
      if (!own.size) return true;
      if (typeof host !== 'string' || !host) return false;
      // A host name and a port, nothing else: 'clinic.example/x' or 'evil@clinic.example' would
      // parse as clinic.example below.
      if (/[\s/\\?#@]/.test(host)) return false;
      // Parsed the way a browser would, so 'Clinic.example:443' (https) matches 'clinic.example'.
      return parsed.some((origin) => {
        try {
          return new URL(`${origin.protocol}//${host}`).host === origin.host;
        } catch {
          return false;
        }
      });
    },
    cors(origin): { allowed: boolean; headers: Record<string, string> } {
      if (origin === null) return { allowed: true, headers: {} }; // not a browser page: curl, a server
      if (own.has(origin)) return { allowed: true, headers: {} };
      if (!others.has(origin)) return { allowed: false, headers: {} };
      return { allowed: true, headers: { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After' } };
    },
    first: [...own][0],
  };
}

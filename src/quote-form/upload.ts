/**
 * One POST of a quote request. JSON goes with fetch (`credentials: 'omit'`). A request with photos
 * goes with XMLHttpRequest, because fetch reports no upload progress: the patient sees how much
 * is sent, and an attempt is abandoned only when nothing has moved for `stallMs`, so a 10 MB photo
 * on a slow uplink takes as long as it needs. (XMLHttpRequest cannot omit cookies on its own
 * origin; to another origin it sends none.)
 */
export interface Answer {
  status: number;
  retryAfter: string | null;
  json: { reference?: unknown; code?: unknown; errors?: unknown } | null;
}

export function post(url: URL, body: string | FormData, key: string, stallMs: number, onProgress: (fraction: number) => void): Promise<Answer> {
  const headers: Record<string, string> = { 'idempotency-key': key, accept: 'application/json' };
  if (typeof body === 'string') {
    return fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body, credentials: 'omit', signal: AbortSignal.timeout(stallMs) }).then(
      async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), json: await response.json().catch(() => null) }),
    );
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let stall: ReturnType<typeof setTimeout>;
    const moved = () => {
      clearTimeout(stall);
      stall = setTimeout(() => xhr.abort(), stallMs);
    };
    xhr.open('POST', url);
    xhr.responseType = 'json';
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      moved();
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onprogress = moved;
    xhr.onloadend = () => {
      clearTimeout(stall);
      // Status 0: the connection failed, was refused by CORS, or was abandoned on a stall.
      if (xhr.status) resolve({ status: xhr.status, retryAfter: xhr.getResponseHeader('retry-after'), json: xhr.response });
      else reject();
    };
    moved();
    xhr.send(body);
  });
}

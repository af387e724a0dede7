// Links to a stored photo that work without the read token until they expire, for the partner's
// CRM: `<base>/<reference>/photos/<n>?expires=<unix seconds>&signature=<base64url HMAC>`.
import { fromBase64Url, toBase64Url, type HmacKey } from './bytes.js';

const message = (reference: string, position: number, expires: number) => `photo-link:${reference}/${position}:${expires}`;

export function createPhotoLinks(key: HmacKey) {
  return {
    async link(base: string, reference: string, position: number, expires: number): Promise<string> {
      const signature = toBase64Url(await key.sign(message(reference, position, expires)));
      return `${base}/${reference}/photos/${position}?expires=${expires}&signature=${signature}`;
    },
    /** True for a signature made by this handler for this photo that has not expired at `now` (ms). */
    async valid(reference: string, position: number, params: URLSearchParams, now: number): Promise<boolean> {
      const expires = params.get('expires') ?? '';
      const signature = fromBase64Url(params.get('signature') ?? '');
      if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 < now || signature?.length !== 32 || toBase64Url(signature) !== params.get('signature')) return false;
      return key.verify(message(reference, position, Number(expires)), signature);
    },
  };
}

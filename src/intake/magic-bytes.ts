// What a file is, from its first bytes, never from its name or the type its sender claims.

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'heif']);

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'image/heif';

/** The photo type the bytes show, or null for anything else (HTML, PDF, AVIF, zeros…). */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP' && ascii(bytes, 12, 15) === 'VP8') return 'image/webp';
  // ISO base media file: a box of `size` bytes typed 'ftyp': major brand, minor version, compatible brands.
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
    const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
    if (size < 16 || size > bytes.length) return null;
    const brands = [ascii(bytes, 8, 12)];
    for (let offset = 16; offset + 4 <= size; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
    if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'image/heic';
    // An AVIF also declares mif1; it is not one of the types the form offers.
    if (brands.some((brand) => HEIF_BRANDS.has(brand)) && !brands.includes('avif') && !brands.includes('avis')) return 'image/heif';
  }
  return null;
}

/** The usual extension of each detected type, for the file name photos are downloaded under. */
export const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic', 'image/heif': 'heif' };

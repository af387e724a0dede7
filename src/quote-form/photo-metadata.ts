/**
 * Photos leave the patient's device without metadata. EXIF (GPS position, device, time), XMP,
 * comments and text chunks are removed from JPEG, PNG and WebP bytes; image data is copied as it
 * is, never re-encoded. What is kept is an allow-list (image data, colour profile, what decoders
 * need), so metadata of a kind not foreseen here is dropped too. The orientation alone survives,
 * as a minimal Exif holding that one tag, so the photo still displays the way it was taken.
 * Anything else, HEIC/HEIF included, is refused (see photos.ts).
 */

type Bytes = Uint8Array<ArrayBuffer>;

const is = (bytes: Bytes, at: number, text: string) => [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));
const text = (bytes: Bytes, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
const view = (bytes: Bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What the bytes are (JPEG, PNG or WebP), whatever the file's name or label says; '' for anything else. */
export function sniff(bytes: Bytes): string {
  if (is(bytes, 0, '\xff\xd8\xff')) return 'image/jpeg';
  if (is(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  return is(bytes, 0, 'RIFF') && is(bytes, 8, 'WEBP') ? 'image/webp' : '';
}

/** The Orientation tag (1–8) of an Exif TIFF structure; 1 when absent or unreadable. */
export function orientation(tiff: Bytes): number {
  try {
    const data = view(tiff);
    const little = tiff[0] === 0x49; // "II"
    const ifd = data.getUint32(4, little);
    for (let i = data.getUint16(ifd, little), entry = ifd + 2; i--; entry += 12) {
      const value = data.getUint16(entry + 8, little);
      if (data.getUint16(entry, little) === 0x112) return value > 8 ? 1 : value || 1;
    }
  } catch {
    // Truncated or malformed: the photo shows unrotated, as it would without the tag.
  }
  return 1;
}

/** A TIFF structure with one entry, Orientation (big-endian, 26 bytes). */
const orientationTiff = (value: number) => Uint8Array.of(77, 77, 0, 42, 0, 0, 0, 8, 0, 1, 1, 0x12, 0, 3, 0, 0, 0, 1, 0, value, 0, 0, 0, 0, 0, 0);

/** JPEG: its segments but APPn (other than JFIF, ICC profile, Adobe) and comments; nothing after the image's end. */
function jpeg(bytes: Bytes): BlobPart[] | null {
  const parts: Bytes[] = [bytes.subarray(0, 2)];
  let turn = 1;
  let at = 2;
  while (at < bytes.length) {
    while (bytes[at] === 0xff && bytes[at + 1] === 0xff) at++; // fill bytes
    const marker = bytes[at + 1]!;
    if (bytes[at] !== 0xff) return null;
    if (marker === 0xd9) {
      parts.push(bytes.subarray(at, at + 2));
      break;
    }
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (end > bytes.length) return null;
    if (marker === 0xe1 && is(bytes, at + 4, 'Exif\0\0')) turn = orientation(bytes.subarray(at + 10, end));
    // Below 0xE0: frames, tables, scans. From 0xE0 on: APPn, extensions, comments.
    if (marker < 0xe0 || marker === 0xee || (marker === 0xe0 && is(bytes, at + 4, 'JFIF')) || (marker === 0xe2 && is(bytes, at + 4, 'ICC_'))) {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      while (at < bytes.length && !(bytes[at] === 0xff && bytes[at + 1]! && (bytes[at + 1]! & 0xf8) !== 0xd0)) at++;
      parts.push(bytes.subarray(end, at));
    }
  }
  if (turn > 1) parts.splice(1, 0, Uint8Array.of(0xff, 0xe1, 0, 34, 69, 120, 105, 102, 0, 0), orientationTiff(turn));
  return parts;
}

/** PNG: the chunks that draw the image (and its colour and animation), nothing after IEND. */
function png(bytes: Bytes): BlobPart[] | null {
  const parts: BlobPart[] = [bytes.subarray(0, 8)];
  for (let at = 8, type = ''; type !== 'IEND'; ) {
    if (at + 12 > bytes.length) return null;
    type = text(bytes, at + 4);
    const end = at + 12 + view(bytes).getUint32(at);
    if (end > bytes.length) return null;
    const turn = type === 'eXIf' ? orientation(bytes.subarray(at + 8, end - 4)) : 1;
    if (turn > 1) {
      const chunk = Uint8Array.of(0, 0, 0, 26, 101, 88, 73, 102, ...orientationTiff(turn), 0, 0, 0, 0); // length, "eXIf", data, CRC
      let crc = -1;
      for (const byte of chunk.subarray(4, 34)) {
        crc ^= byte;
        for (let bit = 8; bit--; ) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      }
      view(chunk).setUint32(34, ~crc);
      parts.push(chunk);
    }
    if (/IHDR|PLTE|IDAT|IEND|tRNS|gAMA|cHRM|sRGB|iCCP|cICP|pHYs|acTL|fcTL|fdAT/.test(type)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  return parts;
}

/** WebP: the image, alpha, animation and colour chunks; VP8X's EXIF and XMP flags say what is left. */
function webp(bytes: Bytes): BlobPart[] | null {
  const parts: Bytes[] = [];
  let header: Bytes | undefined;
  let turn = 1;
  const stop = Math.min(bytes.length, 8 + view(bytes).getUint32(4, true));
  for (let at = 12; at < stop; ) {
    const type = text(bytes, at);
    const size = view(bytes).getUint32(at + 4, true);
    const end = at + 8 + size + (size & 1);
    if (end > stop) return null;
    if (type === 'EXIF') turn = orientation(bytes.subarray(at + (is(bytes, at + 8, 'Exif') ? 14 : 8), end));
    if (type === 'VP8X') parts.push((header = bytes.slice(at, end)));
    else if (/VP8 |VP8L|ALPH|ANIM|ANMF|ICCP/.test(type)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  if (header) {
    // No EXIF, no XMP flag; EXIF again when the orientation is kept (the EXIF chunk goes last).
    header[8] = (header[8]! & ~0x0c) | (turn > 1 ? 0x08 : 0);
    if (turn > 1) parts.push(Uint8Array.of(69, 88, 73, 70, 26, 0, 0, 0), orientationTiff(turn));
  }
  const riff = Uint8Array.of(82, 73, 70, 70, 0, 0, 0, 0, 87, 69, 66, 80);
  view(riff).setUint32(4, parts.reduce((sum, part) => sum + part.length, 4), true);
  return [riff, ...parts];
}

/** The photo's bytes without metadata, as parts of a Blob; null when they cannot be read safely (never sent as they are). */
export function stripMetadata(bytes: Bytes, type = sniff(bytes)): BlobPart[] | null {
  try {
    return type === 'image/jpeg' ? jpeg(bytes) : type === 'image/png' ? png(bytes) : type === 'image/webp' ? webp(bytes) : null;
  } catch {
    return null; // a chunk header past the end of the file
  }
}

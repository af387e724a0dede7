/**
 * Photos carrying the metadata a phone writes (GPS position, device, time, XMP, comments), built
 * in the test from images the browser encodes itself (the WebP from one encoded once), so they
 * decode like real photos.
 */
type Bytes = Uint8Array<ArrayBuffer>;

export const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const u16 = (n: number) => [n >> 8, n & 255];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
const rationals = (values: number[]) => values.flatMap((value) => [...u32(Math.round(value * 100)), ...u32(100)]);

/** What every fixture hides, and none may keep once stripped. */
export const SECRETS = ['PhoneCo', '2024:05:01', 'WGS-84', 'xmpmeta', 'taken at home', 'Rue de Rivoli', 'secret trailer'];

type Entry = [tag: number, type: number, data: number[]];
const TYPE_SIZES: Record<number, number> = { 2: 1, 3: 2, 4: 4, 5: 8 };

/** A big-endian Exif TIFF: IFD0 (device, time, orientation), and a GPS IFD with a position. */
export function exifTiff(orientation = 6): number[] {
  const gpsEntries: Entry[] = [
    [1, 2, ascii('N\0')],
    [2, 5, rationals([48, 51, 29.9])],
    [3, 2, ascii('E\0')],
    [4, 5, rationals([2, 17, 40.2])],
    [0x12, 2, ascii('WGS-84\0')],
  ];
  const ifd0Size = 2 + 12 * 4 + 4;
  const gpsAt = 8 + ifd0Size;
  const ifd0: Entry[] = [
    [0x10f, 2, ascii('PhoneCo\0')],
    [0x112, 3, u16(orientation)],
    [0x132, 2, ascii('2024:05:01 10:00:00\0')],
    [0x8825, 4, u32(gpsAt)],
  ];
  const dataAt = gpsAt + 2 + 12 * gpsEntries.length + 4;
  const data: number[] = [];
  const ifd = (entries: Entry[]) => [
    ...u16(entries.length),
    ...entries.flatMap(([tag, type, bytes]) => {
      let value = [...bytes, 0, 0, 0, 0].slice(0, 4);
      if (bytes.length > 4) {
        value = u32(dataAt + data.length);
        data.push(...bytes, ...(bytes.length % 2 ? [0] : []));
      }
      return [...u16(tag), ...u16(type), ...u32(bytes.length / TYPE_SIZES[type]!), ...value];
    }),
    0, 0, 0, 0,
  ];
  const head = [...ascii('MM'), 0, 42, ...u32(8), ...ifd(ifd0)];
  const gps = ifd(gpsEntries);
  return [...head, ...gps, ...data];
}

/**
 * The same picture as a lossy WebP, as Firefox encodes it: WebKit's canvas cannot encode WebP (it
 * gives a PNG instead), so the WebP fixture does not depend on the engine.
 */
const PICTURE_WEBP = 'UklGRlIAAABXRUJQVlA4IEYAAACQAwCdASogABAAAMASJaACdMoRwN4B+AH7Af0DkAuwH7AATH4AAP78jYf/sS54Ik6//jHBDjzBz/eTz6erhdeuBV3ZoAAA';

/** A PNG's IHDR, IDAT and IEND chunks alone: WebKit's encoder adds sRGB and sBIT, which the others do not. */
function pictureChunks(png: Bytes): Bytes {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const kept: number[] = [...png.subarray(0, 8)];
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
    const chunk = png.subarray(at, at + 12 + view.getUint32(at));
    if (/IHDR|IDAT|IEND/.test(String.fromCharCode(...chunk.subarray(4, 8)))) kept.push(...chunk);
  }
  return Uint8Array.from(kept);
}

async function encoded(type: string): Promise<Bytes> {
  if (type === 'image/webp') return Uint8Array.from(atob(PICTURE_WEBP), (char) => char.charCodeAt(0));
  const canvas = document.createElement('canvas');
  canvas.width = 32;
  canvas.height = 16;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c00';
  context.fillRect(0, 0, 16, 16);
  context.fillStyle = '#00c';
  context.fillRect(16, 0, 16, 16);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.9));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return type === 'image/png' ? pictureChunks(bytes) : bytes;
}

const segment = (marker: number, payload: number[]) => [0xff, marker, ...u16(payload.length + 2), ...payload];

/** A 32×16 JPEG with Exif (GPS, device, time; orientation 6), XMP, IPTC, a comment and data after its end. */
export async function jpegWithGps(orientation = 6): Promise<Bytes> {
  const image = await encoded('image/jpeg');
  return Uint8Array.from([
    ...image.subarray(0, 2),
    ...segment(0xe1, [...ascii('Exif\0\0'), ...exifTiff(orientation)]),
    ...segment(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="48,51.5N"/></x:xmpmeta>')),
    ...segment(0xed, ascii('Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x10\x1c\x02\x5c\0\x0dRue de Rivoli')),
    ...segment(0xfe, ascii('taken at home')),
    ...image.subarray(2),
    ...ascii('secret trailer'),
  ]);
}

function crc32(bytes: number[]): number {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return ~crc >>> 0;
}

export const pngChunk = (type: string, data: number[]) => [...u32(data.length), ...ascii(type), ...data, ...u32(crc32([...ascii(type), ...data]))];

/** A 32×16 PNG with eXIf (orientation 6), tEXt, iTXt (XMP), tIME, a private chunk and data after IEND. */
export async function pngWithMetadata(): Promise<Bytes> {
  const image = await encoded('image/png');
  const ihdrEnd = 8 + 12 + 13;
  return Uint8Array.from([
    ...image.subarray(0, ihdrEnd),
    ...pngChunk('eXIf', exifTiff(6)),
    ...pngChunk('tEXt', ascii('Comment\0taken at home')),
    ...pngChunk('iTXt', ascii('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>PhoneCo</x:xmpmeta>')),
    ...pngChunk('tIME', [7, 232, 5, 1, 10, 0, 0]),
    ...pngChunk('prVt', ascii('Rue de Rivoli')),
    ...image.subarray(ihdrEnd),
    ...ascii('secret trailer'),
  ]);
}

const riffChunk = (type: string, data: number[]) => [...ascii(type), ...le32(data.length), ...data, ...(data.length % 2 ? [0] : [])];

/** A 32×16 extended WebP (VP8X) with EXIF (GPS, orientation 6) and XMP chunks. */
export async function webpWithMetadata(): Promise<Bytes> {
  const image = await encoded('image/webp'); // RIFF, size, WEBP, then VP8X (when it has alpha) and the image chunks
  const extended = String.fromCharCode(...image.subarray(12, 16)) === 'VP8X';
  // EXIF and XMP flags (with alpha's, if any); width − 1 and height − 1 in 24 bits.
  const vp8x = [(extended ? image[20]! : 0) | 0x0c, 0, 0, 0, 31, 0, 0, 15, 0, 0];
  const chunks = [
    ...riffChunk('VP8X', vp8x),
    ...image.subarray(extended ? 30 : 12),
    ...riffChunk('EXIF', exifTiff(6)),
    ...riffChunk('XMP ', ascii('<x:xmpmeta>PhoneCo 2024:05:01 Rue de Rivoli</x:xmpmeta>')),
  ];
  return Uint8Array.from([...ascii('RIFF'), ...le32(chunks.length + 4), ...ascii('WEBP'), ...chunks]);
}

/** The first ISO-BMFF bytes of a HEIC photo from a phone. */
export const heicStart = () => Uint8Array.from([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic'), 0, 0, 0, 8, ...ascii('meta')]);

/** Whether `text` occurs in the bytes (as ASCII). */
export function contains(bytes: Uint8Array, text: string): boolean {
  return new TextDecoder('latin1').decode(bytes).includes(text);
}

/** The tags of IFD0 and whether it points to other IFDs, read from a TIFF structure. */
export function ifd0Tags(tiff: Uint8Array): number[] {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const at = view.getUint32(4, little);
  return Array.from({ length: view.getUint16(at, little) }, (_, i) => view.getUint16(at + 2 + 12 * i, little));
}

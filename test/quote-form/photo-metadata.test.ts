import { expect } from '@open-wc/testing';
import { orientation, sniff, stripMetadata } from '../../src/quote-form/photo-metadata.js';
import { ascii, contains, exifTiff, heicStart, ifd0Tags, jpegWithGps, pngChunk, pngWithMetadata, SECRETS, webpWithMetadata } from './photo-fixtures.js';

async function strip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const parts = stripMetadata(bytes);
  expect(parts, 'readable').to.not.equal(null);
  return new Uint8Array(await new Blob(parts!).arrayBuffer());
}

/** The size the browser draws the image at, its orientation applied. */
async function drawnSize(bytes: Uint8Array<ArrayBuffer>): Promise<[number, number]> {
  const bitmap = await createImageBitmap(new Blob([bytes]));
  return [bitmap.width, bitmap.height];
}

function expectNoSecrets(bytes: Uint8Array<ArrayBuffer>): void {
  for (const secret of SECRETS) expect(contains(bytes, secret), `still holds “${secret}”`).to.equal(false);
}

/** PNG chunks as [type, data]. */
function pngChunks(bytes: Uint8Array<ArrayBuffer>): [string, Uint8Array<ArrayBuffer>][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: [string, Uint8Array<ArrayBuffer>][] = [];
  for (let at = 8; at < bytes.length; at += 12 + view.getUint32(at)) {
    chunks.push([String.fromCharCode(...bytes.subarray(at + 4, at + 8)), bytes.subarray(at, at + 12 + view.getUint32(at))]);
  }
  return chunks;
}

/** RIFF chunks of a WebP as [type, data]. */
function riffChunks(bytes: Uint8Array<ArrayBuffer>): [string, Uint8Array<ArrayBuffer>][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: [string, Uint8Array<ArrayBuffer>][] = [];
  for (let at = 12; at < bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    chunks.push([String.fromCharCode(...bytes.subarray(at, at + 4)), bytes.subarray(at + 8, at + 8 + size)]);
    at += 8 + size + (size & 1);
  }
  return chunks;
}

describe('photo metadata stripping', () => {
  it('reads the type from the bytes, not the name, and refuses HEIC and anything else', () => {
    expect(sniff(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).to.equal('image/jpeg');
    expect(sniff(heicStart())).to.equal('');
    expect(stripMetadata(heicStart())).to.equal(null);
    expect(stripMetadata(Uint8Array.from(ascii('<html><script>')))).to.equal(null);
    expect(stripMetadata(new Uint8Array(64))).to.equal(null);
  });

  it('reads the orientation from big- and little-endian Exif, and 1 from nonsense', () => {
    expect(orientation(Uint8Array.from(exifTiff(6)))).to.equal(6);
    const little = Uint8Array.from([0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 1, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0]);
    expect(orientation(little)).to.equal(8);
    expect(orientation(Uint8Array.from([0x4d, 0x4d, 0, 42, 0, 0, 0xff, 0xff]))).to.equal(1);
  });

  it('JPEG: removes Exif (GPS, device, time), XMP, IPTC, comments and trailing data; keeps the orientation and the picture', async () => {
    const original = await jpegWithGps(6);
    expect(contains(original, 'WGS-84')).to.equal(true);
    const stripped = await strip(original);
    expectNoSecrets(stripped);
    // The one Exif left holds the orientation alone.
    const exif = stripped.indexOf(0xe1, 2);
    expect([...stripped.subarray(2, 4)]).to.deep.equal([0xff, 0xe1]);
    expect(ifd0Tags(stripped.subarray(exif + 9))).to.deep.equal([0x112]);
    expect(orientation(stripped.subarray(exif + 9))).to.equal(6);
    expect([...stripped.subarray(-2)]).to.deep.equal([0xff, 0xd9]);
    expect(await drawnSize(original)).to.deep.equal([16, 32]);
    expect(await drawnSize(stripped), 'still turned as the camera says').to.deep.equal([16, 32]);
  });

  it('JPEG without an orientation: no Exif at all', async () => {
    const stripped = await strip(await jpegWithGps(1));
    expectNoSecrets(stripped);
    expect(contains(stripped, 'Exif')).to.equal(false);
    expect(await drawnSize(stripped)).to.deep.equal([32, 16]);
  });

  it('PNG: removes tEXt, iTXt (XMP), tIME, private chunks and trailing data; keeps a minimal eXIf and the picture', async () => {
    const original = await pngWithMetadata();
    const stripped = await strip(original);
    expectNoSecrets(stripped);
    const chunks = pngChunks(stripped);
    expect(chunks.map(([type]) => type).filter((type) => !/IDAT/.test(type))).to.deep.equal(['IHDR', 'eXIf', 'IEND']);
    const exif = chunks.find(([type]) => type === 'eXIf')![1];
    const data = exif.subarray(8, exif.length - 4);
    expect(ifd0Tags(data)).to.deep.equal([0x112]);
    expect(orientation(data)).to.equal(6);
    expect([...exif], 'a valid CRC').to.deep.equal(pngChunk('eXIf', [...data]));
    // Chromium and Firefox turn both 16×32; WebKitGTK's PNG decoder reads no eXIf and draws both
    // as stored, 32×16 (the JPEG test holds the turn itself in every engine).
    expect(await drawnSize(stripped), 'still turned as the camera says').to.deep.equal(await drawnSize(original));
  });

  it('WebP: removes the EXIF (GPS) and XMP chunks, keeps a minimal EXIF with the orientation, and fixes the VP8X flags and RIFF size', async () => {
    const original = await webpWithMetadata();
    expect(await drawnSize(original)).to.have.length(2); // the fixture decodes
    const stripped = await strip(original);
    expectNoSecrets(stripped);
    const chunks = riffChunks(stripped);
    expect(chunks.map(([type]) => type)).to.deep.equal([...riffChunks(original).map(([type]) => type).filter((type) => !/EXIF|XMP/.test(type)), 'EXIF']);
    expect(chunks[0]![1][0]! & 0x0c, 'EXIF flag only').to.equal(0x08);
    const exif = chunks.at(-1)![1];
    expect(ifd0Tags(exif)).to.deep.equal([0x112]);
    expect(orientation(exif)).to.equal(6);
    expect(new DataView(stripped.buffer).getUint32(4, true)).to.equal(stripped.length - 8);
    // None of the engines tested turns a WebP by its orientation; a viewer that does reads the EXIF kept for it.
    expect(await drawnSize(stripped)).to.deep.equal(await drawnSize(original));
  });

  it('refuses a file whose segments run past its end rather than send it as it is', async () => {
    const jpeg = await jpegWithGps();
    expect(stripMetadata(jpeg.slice(0, 30))).to.equal(null);
    const png = await pngWithMetadata();
    expect(stripMetadata(png.slice(0, 60))).to.equal(null);
  });
});

// Finding 4: photos were trusted by their label (50 MB of zeros stored as JPEG; an HTML file
// labelled image/png stored and served back as image/png). Also: the upload quota, the cap on
// concurrent uploads, and retention (MQ_RETENTION_DAYS).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { images, multipart, post, reading, sampleRequest, startIntake, tempDir } from './helpers.js';

const html = Buffer.from('<!doctype html><script>fetch("/api/quotes").then((r) => r.text()).then(alert)</script>');

describe('photos are what their bytes say (finding 4)', () => {
  let server;
  before(async () => (server = await startIntake()));
  after(() => server.close());

  it('refuses an HTML file labelled PNG, and zeros labelled JPEG, with a 422 naming each', async () => {
    const form = multipart(sampleRequest(), [
      { name: 'scar.png', bytes: html, type: 'image/png' },
      { name: 'cheek.jpg', bytes: Buffer.alloc(1024 * 1024), type: 'image/jpeg' },
      { name: 'fine.jpg', bytes: images.jpeg() },
    ]);
    const response = await post(server.base, form);
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(errors.map((error) => error.path), ['photos[0]', 'photos[1]']);
    assert.match(errors[0].message, /scar\.png/);
    assert.match(errors[1].message, /cheek\.jpg/);
    assert.equal(server.count(), 0);
  });

  it('stores each photo as the type its bytes show, and serves it only as a download', async () => {
    const kinds = [
      ['a.jpg', images.jpeg(), 'image/jpeg'],
      ['b.jpg', images.png(), 'image/png'], // a PNG whose name and label say JPEG
      ['c.webp', images.webp(), 'image/webp'],
      ['d.heic', images.heic(), 'image/heic'],
    ];
    const form = multipart(sampleRequest(), kinds.map(([name, bytes]) => ({ name, bytes, type: 'image/jpeg' })));
    const response = await post(server.base, form);
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    for (const [index, [, bytes, type]] of kinds.entries()) {
      const photo = await fetch(`${server.base}/api/quotes/${reference}/photos/${index}`, reading);
      assert.equal(photo.status, 200);
      assert.equal(photo.headers.get('content-type'), type);
      assert.match(photo.headers.get('content-disposition'), new RegExp(`^attachment; filename="${reference}-photo-${index + 1}\\.\\w+"$`));
      assert.equal(photo.headers.get('x-content-type-options'), 'nosniff');
      assert.match(photo.headers.get('content-security-policy'), /sandbox/);
      assert.deepEqual(Buffer.from(await photo.arrayBuffer()), bytes);
    }
    assert.equal((await fetch(`${server.base}/api/quotes/${reference}/photos/0`)).status, 401);
  });

  it('reads multipart bodies as any client may write them, and refuses broken ones with 400', async () => {
    const json = JSON.stringify({ ...sampleRequest(), photos: [{ name: 'a.jpg', type: 'image/jpeg', size: 64 }] });
    const body = (boundary, { preamble = '', epilogue = '', end = `--${boundary}--` } = {}) =>
      Buffer.concat([
        Buffer.from(`${preamble}--${boundary}\r\nContent-Disposition: form-data; name="request"\r\n\r\n${json}\r\n`),
        Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; filename="a.jpg"; name="photos"\r\nContent-Type: image/jpeg\r\n\r\n`),
        images.jpeg(),
        Buffer.from(`\r\n${end}${epilogue}`),
      ]);
    const send = (type, payload) => post(server.base, payload, { headers: { 'content-type': type } });
    assert.equal((await send('multipart/form-data; boundary="a b:c"', body('a b:c', { preamble: 'ignored\r\n', epilogue: '\r\nignored' }))).status, 201);
    assert.equal((await send('Multipart/Form-Data; charset=utf-8; boundary=xyz', body('xyz'))).status, 201);
    assert.equal((await send('multipart/form-data; boundary=xyz', body('xyz', { end: '--xyz' }))).status, 400, 'no closing boundary');
    assert.equal((await send('multipart/form-data; boundary=other', body('xyz'))).status, 400, 'another boundary');
    const many = Buffer.from(`${'--m\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n'.repeat(50)}--m--`);
    assert.equal((await send('multipart/form-data; boundary=m', many)).status, 400, 'too many parts');
  });

  it('refuses AVIF and other ISO media files that are not HEIC/HEIF', async () => {
    const avif = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif\0\0\0\0mif1miafavif'), Buffer.alloc(32)]);
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\0\0isomiso2'), Buffer.alloc(32)]);
    const response = await post(server.base, multipart(sampleRequest(), [{ name: 'a.heic', bytes: avif }, { name: 'b.heic', bytes: mp4 }]));
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors.map((error) => error.path), ['photos[0]', 'photos[1]']);
  });
});

describe('upload quota and concurrent uploads (finding 4)', () => {
  it('refuses photos over the daily quota per client with 429, and does not count what it refused', async () => {
    const noon = Date.parse('2026-06-01T12:00:00Z');
    const server = await startIntake({ uploadBytesPerDay: 300_000, now: () => noon });
    try {
      const send = (size) => post(server.base, multipart(sampleRequest(), [{ name: 'p.jpg', bytes: images.jpeg(size) }]));
      assert.equal((await send(200_000)).status, 201);
      const refused = await send(200_000);
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('retry-after'), String(12 * 60 * 60), 'until the day ends');
      assert.equal((await send(90_000)).status, 201, 'the refused bytes were not counted');
      assert.equal(server.count(), 2);
    } finally {
      await server.close();
    }
  });

  /** Uploads that send their headers and the start of their bodies, then wait; from these addresses. */
  async function hangingUploads(port, addresses) {
    const { connect } = await import('node:net');
    const sockets = await Promise.all(
      addresses.map(
        (address, i) =>
          new Promise((resolve) => {
            const socket = connect(port, '127.0.0.1', () => {
              socket.write(
                `POST /api/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: hanging-upload-${i}\r\nX-Forwarded-For: ${address}\r\n` +
                  `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\n`,
                () => resolve(socket),
              );
            });
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    return sockets;
  }
  const upload = (server, address) =>
    post(server.base, multipart(sampleRequest(), [{ name: 'p.jpg', bytes: images.jpeg() }]), { headers: { 'x-forwarded-for': address } });

  it('caps uploads received at once, in all and per client, and lets JSON requests through meanwhile', async () => {
    const server = await startIntake({ maxConcurrentUploads: 3, trustedProxies: ['127.0.0.1'] });
    try {
      const sockets = await hangingUploads(server.port, ['10.0.0.1', '10.0.0.1']);
      const sameClient = await upload(server, '10.0.0.1');
      assert.equal(sameClient.status, 429);
      assert.ok(Number(sameClient.headers.get('retry-after')) > 0);
      sockets.push(...(await hangingUploads(server.port, ['10.0.0.2'])));
      const anyone = await upload(server, '10.0.0.3');
      assert.equal(anyone.status, 503);
      assert.ok(Number(anyone.headers.get('retry-after')) > 0);
      assert.equal((await post(server.base, sampleRequest(), { headers: { 'x-forwarded-for': '10.0.0.3' } })).status, 201);
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal((await upload(server, '10.0.0.1')).status, 201, 'slots are given back when uploads end');
    } finally {
      await server.close();
    }
  });
});

describe('retention (finding 4)', () => {
  it('deletes requests and photos older than the retention period, leaving no trace in the file', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    // blobGraceMs 0: photo files nobody refers to go at once (in use, an hour after they were written).
    const server = await startIntake({ retentionDays: 90, now: () => clock, blobGraceMs: 0 });
    const photoFiles = () => readdirSync(join(server.dataDir, 'photos'), { recursive: true }).filter((name) => /[0-9a-f]{64}$/.test(name));
    try {
      const oldPhoto = images.jpeg(4096);
      oldPhoto.write('Oldest Patientphoto', 100);
      const old = await post(server.base, multipart(sampleRequest({ name: 'Oldest Patientname' }), [{ name: 'old.jpg', bytes: oldPhoto }]));
      assert.equal(old.status, 201);
      const { reference } = await old.json();
      clock += 60 * 24 * 60 * 60 * 1000;
      assert.equal((await post(server.base, multipart(sampleRequest({ name: 'Newer Patientname' }), [{ name: 'new.jpg', bytes: images.png(2048) }]))).status, 201);
      assert.equal(photoFiles().length, 2);
      clock += 31 * 24 * 60 * 60 * 1000; // the first is now 91 days old, the second 31
      assert.equal(await server.intake.sweep(), 1);
      // The photo files: the old one is gone, the newer one is kept.
      assert.equal(photoFiles().length, 1);
      for (const name of photoFiles()) assert.doesNotMatch(readFileSync(join(server.dataDir, 'photos', name), 'latin1'), /Oldest Patientphoto/);
      assert.equal(server.count(), 1);
      assert.equal((await fetch(`${server.base}/api/quotes/${reference}/photos/0`, reading)).status, 404);
      assert.equal(server.db().prepare('SELECT count(*) AS n FROM photos').get().n, 1);
      const files = readdirSync(server.dataDir).filter((name) => name.startsWith('quotes.sqlite'));
      for (const name of files) {
        assert.doesNotMatch(readFileSync(join(server.dataDir, name), 'latin1'), /Oldest Patientname/, name);
      }
      assert.match(readFileSync(join(server.dataDir, 'quotes.sqlite'), 'latin1'), /Newer Patientname/);
    } finally {
      await server.close();
    }
  });

  it('sweeps when it starts', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const dataDir = tempDir();
    try {
      const first = await startIntake({ dataDir, now: () => clock });
      assert.equal((await post(first.base, sampleRequest())).status, 201);
      await first.close();
      clock += 91 * 24 * 60 * 60 * 1000;
      const again = await startIntake({ dataDir, now: () => clock });
      assert.equal(again.count(), 0);
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

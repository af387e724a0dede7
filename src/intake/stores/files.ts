// fileBlobs(dir): photos as files named by the SHA-256 of their bytes (`<dir>/ab/abcdef…`), mode
// 0600 in folders of mode 0700. Written to a temporary name and renamed, so a file is whole or absent.
import type { BlobStore } from '../types.js';

const KEY = /^[0-9a-f]{64}$/;
/** Temporary files older than this were left by a process that stopped mid-write. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a blob key: ${key}`);
  return key;
}

export function fileBlobs(dir: string): BlobStore {
  const fs = () => import('node:fs/promises');
  const root = dir.replace(/[/\\]+$/, '');
  const folder = (key: string) => `${root}/${checkKey(key).slice(0, 2)}`;
  const file = (key: string) => `${folder(key)}/${key}`;
  const missing = (error: unknown) => (error as { code?: string }).code === 'ENOENT';

  return {
    async put(key, bytes) {
      const { mkdir, rename, utimes, writeFile, unlink } = await fs();
      const now = new Date();
      try {
        // Already there (another request with the same photo): only its time is refreshed, so
        // the sweep for unreferenced files leaves it alone while this request is being stored.
        await utimes(file(key), now, now);
        return;
      } catch (error) {
        if (!missing(error)) throw error;
      }
      await mkdir(folder(key), { recursive: true, mode: 0o700 });
      const temporary = `${file(key)}.${crypto.randomUUID()}.tmp`;
      try {
        await writeFile(temporary, bytes, { mode: 0o600, flush: true });
        await rename(temporary, file(key));
      } catch (error) {
        await unlink(temporary).catch(() => {});
        throw error;
      }
    },
    async get(key) {
      const { readFile } = await fs();
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      const { open, unlink } = await fs();
      // Overwritten with zeros first, so the photo is not left readable in free blocks where the
      // filesystem writes in place (not a guarantee on copy-on-write filesystems or SSDs).
      try {
        const handle = await open(file(key), 'r+');
        try {
          const { size } = await handle.stat();
          await handle.write(new Uint8Array(size), 0, size, 0);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await unlink(file(key));
      } catch (error) {
        if (!missing(error)) throw error;
      }
    },
    async *list() {
      const { readdir, stat, unlink } = await fs();
      let folders: string[];
      try {
        folders = await readdir(root);
      } catch (error) {
        if (missing(error)) return;
        throw error;
      }
      for (const name of folders.filter((folderName) => /^[0-9a-f]{2}$/.test(folderName)).sort()) {
        for (const entry of await readdir(`${root}/${name}`).catch(() => [] as string[])) {
          const info = await stat(`${root}/${name}/${entry}`).catch(() => null);
          if (!info) continue;
          if (KEY.test(entry)) yield { key: entry, modifiedAt: info.mtimeMs };
          else if (entry.endsWith('.tmp') && Date.now() - info.mtimeMs > STALE_TEMPORARY_MS) await unlink(`${root}/${name}/${entry}`).catch(() => {});
        }
      }
    },
  };
}

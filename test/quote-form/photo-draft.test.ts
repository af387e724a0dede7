import { expect } from '@open-wc/testing';
import { loadPhotos, savePhotos } from '../../src/quote-form/draft.js';

const DAY = 24 * 60 * 60 * 1000;

/** The photo store as the browser holds it, opened directly (same name, version and store as draft.ts). */
async function rawStore<T>(use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('medquote-drafts', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('photos');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const request = use(db.transaction('photos', 'readwrite').objectStore('photos'));
  const result = await new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return result;
}

describe('quote form photo drafts', () => {
  it('keeps photos per tab, and deletes what a closed tab left a day ago', async () => {
    // This file runs in a page of its own, so the form code has not opened the store yet.
    const photo = new File([new Uint8Array([1, 2, 3])], 'arm.png', { type: 'image/png' });
    await rawStore((store) => store.put({ files: [photo], savedAt: Date.now() - 2 * DAY }, 'medquote:quote:https://old.example/:closed-tab'));
    await rawStore((store) => store.put({ files: [photo], savedAt: Date.now() - DAY / 2 }, 'medquote:quote:https://other.example/:other-tab'));
    sessionStorage.clear();
    expect(await loadPhotos('medquote:quote:https://clinic.example/'), 'no tab id yet: nothing kept').to.deep.equal([]);
    await savePhotos('medquote:quote:https://clinic.example/', [photo]);
    const kept = await loadPhotos('medquote:quote:https://clinic.example/');
    expect(kept.map((file) => [file.name, file.type, file.size])).to.deep.equal([['arm.png', 'image/png', 3]]);
    const keys = (await rawStore((store) => store.getAllKeys())).map(String);
    expect(keys.some((key) => key.endsWith(':closed-tab')), 'two days old: deleted').to.equal(false);
    expect(keys.some((key) => key.endsWith(':other-tab')), 'half a day old: kept').to.equal(true);
    await savePhotos('medquote:quote:https://clinic.example/', []);
    expect(await loadPhotos('medquote:quote:https://clinic.example/')).to.deep.equal([]);
    sessionStorage.clear();
  });
});

/**
 * What survives a reload or an accidental navigation: the patient's step-1 answers (and health
 * details only when the partner opts in with `persist-health`), in session storage, which the
 * browser clears when the tab closes. Consents are never kept: they are given afresh. Photos,
 * too large for session storage, are kept in IndexedDB, with `persist-health` only (see below).
 */
import { HEALTH_FIELDS, REQUEST_FIELDS, type FormState } from './form-state.js';

export interface Draft {
  state: Partial<FormState>;
  /** The id of the step the patient was on (see steps.ts). */
  step: string;
  startedAt: number;
  /**
   * The Idempotency-Key of a request that was being sent, and a hash of the answers it was first
   * sent with: the same answers after a reload are the same request; changed answers get a new key.
   */
  key?: string;
  sent?: string;
  /** The endpoint's fill-time ticket, fetched at the patient's first change. */
  ticket?: string;
}

const storage = (): Storage | null => {
  try {
    return sessionStorage;
  } catch {
    return null; // storage disabled by the browser or a sandboxed frame
  }
};

export function loadDraft(name: string): Draft | null {
  try {
    const draft = JSON.parse(storage()?.getItem(name) ?? 'null') as Draft | null;
    return draft && typeof draft === 'object' && draft.state ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(name: string, draft: Draft, persistHealth: boolean): void {
  // The health consent is a consent: given afresh after a reload, like the others, so that its
  // words and time are recorded with the request.
  const fields: readonly (keyof FormState)[] = persistHealth ? [...REQUEST_FIELDS, ...HEALTH_FIELDS.filter((field) => field !== 'healthConsent')] : REQUEST_FIELDS;
  const state = Object.fromEntries(fields.map((field) => [field, draft.state[field]]));
  try {
    storage()?.setItem(name, JSON.stringify({ ...draft, state }));
  } catch {
    // Full or unavailable: the form still works, it just will not survive a reload.
  }
}

export function clearDraft(name: string): void {
  storage()?.removeItem(name);
}

/*
 * Photos (with `persist-health` only) go to IndexedDB under this tab's id, so another tab never
 * sees them. IndexedDB outlives the tab, so photos are deleted when the request is sent, when it
 * fails for good, when the patient removes them or clears the form, and any a day old (a closed
 * tab's) by the next form that connects on this site.
 */
const PHOTO_DB = 'medquote-drafts';
const PHOTO_STORE = 'photos';
const PHOTO_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A photo kept as its bytes: WebKit cannot store a File in IndexedDB in private or automated sessions. */
interface StoredPhoto {
  name: string;
  type: string;
  lastModified: number;
  bytes: ArrayBuffer;
}

interface PhotoRecord {
  files: (StoredPhoto | File)[]; // File: as kept before
  savedAt: number;
}

/** This tab's id, kept in its session storage (a duplicated tab shares it, as it shares the draft). */
function tabId(create: boolean): string | null {
  const store = storage();
  let id = store?.getItem('medquote:tab') ?? null;
  if (!id && create && store) store.setItem('medquote:tab', (id = crypto.randomUUID()));
  return id;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let database: Promise<IDBDatabase> | undefined;

async function photoStore(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(PHOTO_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(PHOTO_STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return (await database).transaction(PHOTO_STORE, mode).objectStore(PHOTO_STORE);
}

const expired = (record?: PhotoRecord) => !record || Date.now() - record.savedAt > PHOTO_MAX_AGE_MS;

/** Deletes photos kept more than a day (a closed tab's); creates no database where none was kept. */
export async function sweepPhotos(): Promise<void> {
  try {
    if ((await indexedDB.databases?.())?.every((db) => db.name !== PHOTO_DB)) return;
    const cursor = (await photoStore('readwrite')).openCursor();
    cursor.onsuccess = () => {
      if (!cursor.result) return;
      if (expired(cursor.result.value)) cursor.result.delete();
      cursor.result.continue();
    };
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}

/** Saves in the order they were asked for (reading the bytes takes a while), and before any load. */
let saving: Promise<void> = Promise.resolve();

/** Keeps the photos of draft `name` (an empty list deletes them). Failing storage loses only the photos. */
export function savePhotos(name: string, files: readonly File[]): Promise<void> {
  return (saving = saving.then(() => save(name, files)));
}

async function save(name: string, files: readonly File[]): Promise<void> {
  try {
    const tab = tabId(files.length > 0);
    if (!tab) return;
    // Read before the transaction opens: it would close while waiting for anything else.
    const photos = await Promise.all(files.map(async (file) => ({ name: file.name, type: file.type, lastModified: file.lastModified, bytes: await file.arrayBuffer() })));
    const store = await photoStore('readwrite');
    const key = `${name}:${tab}`;
    if (files.length) await done(store.put({ files: photos, savedAt: Date.now() } satisfies PhotoRecord, key));
    else await done(store.delete(key));
  } catch {
    // Storage unavailable (some private modes, sandboxed frames) or full: the photos will not survive a reload.
  }
}

export async function loadPhotos(name: string): Promise<File[]> {
  await saving;
  try {
    const tab = tabId(false);
    if (!tab) return [];
    const record = (await done((await photoStore('readonly')).get(`${name}:${tab}`))) as PhotoRecord | undefined;
    if (expired(record)) return [];
    return record!.files.map((photo) =>
      photo instanceof File ? photo : new File([photo.bytes], photo.name, { type: photo.type, lastModified: photo.lastModified }),
    );
  } catch {
    return [];
  }
}

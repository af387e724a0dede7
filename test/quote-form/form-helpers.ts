/** Drives <mq-quote-form> in tests: by events (fast) or by keyboard alone. */
import { sendKeys } from '../keys.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';

export const $ = <T extends Element = HTMLElement>(el: MqQuoteForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const stepTitle = (el: MqQuoteForm) => (el.shadowRoot!.querySelector('[part="step-title"]')?.textContent ?? '').trim();

export function setValue(el: MqQuoteForm, id: string, value: string): void {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
}

/** Clicks the control of the label whose text is `text`, or else starts with it. */
export function choose(el: MqQuoteForm, text: string): void {
  const labels = Array.from(el.shadowRoot!.querySelectorAll('label')).filter((label) => label.querySelector('input'));
  const label =
    labels.find((candidate) => candidate.textContent!.trim() === text) ?? labels.find((candidate) => candidate.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label with “${text}”`);
  label.querySelector('input')!.click();
}

export async function submitStep(el: MqQuoteForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="primary-button"]').click();
  await el.updateComplete;
}

export interface Person {
  destinations: string[];
  country: string;
  forWhom: string;
  name: string;
  email: string;
  phone: string;
  channel: string;
}
const ADA: Person = {
  destinations: ['Türkiye / Thailand', 'Mexico / Colombia'],
  country: 'DE',
  forWhom: 'Me',
  name: 'Ada Patient',
  email: 'ada@example.org',
  phone: '0151 23456789',
  channel: 'WhatsApp',
};

/** The country lists fill in after the form's first render, or at a person's first touch: touch it, as a person would. */
export async function touch(el: MqQuoteForm): Promise<void> {
  $(el, 'form').dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Fills the trip (step 1), timeframe "flexible", for Ada (or whoever `person` says). */
export async function fillTrip(el: MqQuoteForm, person: Partial<Person> = {}): Promise<void> {
  const { destinations, forWhom } = { ...ADA, ...person };
  await touch(el);
  for (const destination of destinations) choose(el, destination);
  setValue(el, 'timeframe', 'flexible');
  choose(el, forWhom);
  await el.updateComplete;
}

/** Fills the trip, continues, and fills how to reach Ada (step 2). */
export async function fillContact(el: MqQuoteForm, person: Partial<Person> = {}): Promise<void> {
  const { country, name, email, phone, channel } = { ...ADA, ...person };
  await fillTrip(el, person);
  await submitStep(el);
  setValue(el, 'residence', country);
  setValue(el, 'name', name);
  setValue(el, 'email', email);
  setValue(el, 'phoneCountry', country);
  setValue(el, 'phoneNational', phone);
  choose(el, channel);
  await el.updateComplete;
}

/** A real PNG, so the preview can be drawn. */
export async function png(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  canvas.getContext('2d')!.fillRect(0, 0, 4, 4);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

export function attach(el: MqQuoteForm, files: File[]): void {
  const input = $<HTMLInputElement>(el, '#photos');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function consentAll(el: MqQuoteForm): Promise<void> {
  choose(el, 'I have read the privacy notice');
  choose(el, 'I agree that my request');
  await el.updateComplete;
}

/** Every step, fast, up to the review (health skipped unless `health` fills it). */
export async function toReview(el: MqQuoteForm, health?: () => Promise<void>, person?: Partial<Person>): Promise<void> {
  await fillContact(el, person);
  await submitStep(el);
  if (health) {
    choose(el, 'I agree that the health details');
    await el.updateComplete;
    await health();
  }
  await submitStep(el);
  await consentAll(el);
  await submitStep(el);
}

export async function stored(): Promise<{ reference: string; request: Record<string, unknown>; photos: number }[]> {
  // The test server's intake is set up with this read token (web-test-runner.config.js).
  return (await (await fetch('/api/quotes', { headers: { authorization: 'Bearer test-read-token' } })).json()).quotes;
}

export async function typeInto(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** A photo as draft.ts keeps it in IndexedDB: its bytes (WebKit cannot store a File there in a private session). */
export async function keptPhoto(file: File): Promise<{ name: string; type: string; lastModified: number; bytes: ArrayBuffer }> {
  return { name: file.name, type: file.type, lastModified: file.lastModified, bytes: await file.arrayBuffer() };
}

/** The photo store as the browser holds it, opened directly (same name, version and store as draft.ts). */
export async function rawStore<T>(use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
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

/**
 * The optional photos of the health step: which files are accepted, and the field that picks,
 * previews and removes them. A photo is checked and stripped of its metadata (photo-metadata.ts)
 * as it is added, so neither the draft nor the request ever holds the original bytes.
 */
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { lazyModule } from '../core/lazy-module.js';
import { describedBy, fieldError, type ControlHost } from './controls.js';

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Why a photo cannot be sent, as the key of its message. */
export type PhotoProblem = { key: 'errorPhotoType' | 'errorPhotoSize' | 'errorPhotoLoad'; params: { name: string } } | { key: 'errorPhotoCount' };

/**
 * The photo tools, fetched with the first photo since most requests carry none. When they cannot
 * be fetched, the photo is refused (never added with its metadata) and the patient can add it again.
 */
const photoTools = lazyModule(() => import('./photo-metadata.js'), 'stripMetadata');

/**
 * The photo as it will be sent: its type read from its bytes (not its name), its metadata removed.
 * HEIC is refused like any other type: its Exif cannot be removed safely here, and phones convert
 * photos to JPEG for a form that does not list HEIC in `accept`.
 */
export async function preparePhoto(file: File): Promise<File | PhotoProblem> {
  const params = { name: file.name };
  if (file.size > MAX_PHOTO_BYTES) return { key: 'errorPhotoSize', params };
  const tools = await photoTools();
  if (!tools) return { key: 'errorPhotoLoad', params };
  const bytes = new Uint8Array(await file.arrayBuffer().catch(() => new ArrayBuffer(0)));
  const type = tools.sniff(bytes);
  const parts = tools.stripMetadata(bytes, type);
  return parts ? new File(parts, file.name, { type }) : { key: 'errorPhotoType', params };
}

/** Adds the prepared photos to those already chosen; the last refusal, if any, is the problem. */
export function addPhotos(chosen: readonly File[], prepared: readonly (File | PhotoProblem)[]): { photos: File[]; problem?: PhotoProblem } {
  const photos = [...chosen];
  let problem: PhotoProblem | undefined;
  for (const photo of prepared) {
    if (!(photo instanceof File)) problem = photo;
    else if (photos.length >= MAX_PHOTOS) problem = { key: 'errorPhotoCount' };
    else photos.push(photo);
  }
  return { photos, problem };
}

/**
 * Draws a preview once per canvas: on a canvas rather than from a blob: URL, which a strict CSP's
 * img-src would block. A plain directive (not `ref`, whose connection tracking the form never needs).
 */
class PreviewDirective extends Directive {
  render(_file: File): unknown {
    return noChange;
  }

  override update({ element }: ElementPart, [file]: [File]): unknown {
    const canvas = element as HTMLCanvasElement;
    if (!canvas.dataset.drawn) {
      canvas.dataset.drawn = 'yes';
      // A file the browser cannot decode keeps an empty preview.
      createImageBitmap(file).then((bitmap) => {
        const scale = Math.min(canvas.width / bitmap.width, canvas.height / bitmap.height);
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0, bitmap.width * scale, bitmap.height * scale);
        bitmap.close();
      }, () => undefined);
    }
    return noChange;
  }
}
const preview = directive(PreviewDirective);

/** What the photo field shows and calls: the form's flow (flow.ts). */
export interface PhotoHost extends ControlHost {
  readonly photos: readonly File[];
  addPhotos(files: File[]): void;
  removePhoto(index: number): void;
}

/** What the photo field says, in the patient's language. */
export interface PhotoWords {
  label: string;
  /** The drop area's invitation: "Add photos: drop them here or choose files". */
  add: string;
  /** "2 of 5 photos added". */
  held: string;
  remove: string;
  /** The Remove button's full name: "Remove IMG_2024….jpg". */
  removeLabel(name: string): string;
}

const dropped = (host: PhotoHost) => (event: DragEvent) => {
  event.preventDefault();
  host.addPhotos(Array.from(event.dataTransfer?.files ?? []));
};

/**
 * The photo field: a drop area that is the file input's label (so a click, a tap, Enter or Space
 * picks files; the input itself is visually hidden), saying how many photos it holds; then the
 * photos chosen with their previews, each with a Remove button named after its file.
 */
export function photoField(host: PhotoHost, words: PhotoWords): TemplateResult {
  return html`<div class="field" part="field">
    <span class="label" id="photos-label">${words.label}</span>
    <label class="drop" part="drop-area" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${dropped(host)}>
      <input id="photos" class="sr-only" type="file" multiple accept="image/jpeg,image/png,image/webp" aria-labelledby="photos-label photos-add photos-held"
        aria-describedby=${ifDefined(describedBy(host, 'photos'))}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          host.addPhotos(Array.from(input.files ?? []));
          input.value = ''; // the same file can be chosen again after its removal
        }} />
      <span id="photos-add">${words.add}</span>
      <span id="photos-held" class="note">${words.held}</span>
    </label>
    ${fieldError(host, 'photos')}
    <ul class="photos">
      ${host.photos.map(
        (file, index) => html`<li part="photo">
          <canvas width="96" height="96" aria-hidden="true" ${preview(file)}></canvas>
          <bdi class="photo-name">${file.name}</bdi>
          <button type="button" class="secondary" part="button" aria-label=${words.removeLabel(file.name)} @click=${() => host.removePhoto(index)}>${words.remove}</button>
        </li>`,
      )}
    </ul>
  </div>`;
}

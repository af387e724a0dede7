/**
 * The optional photos of the health step: which files are accepted, and the field that picks,
 * previews and removes them. Files are checked for type and size before anything is uploaded.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { describedBy, fieldError, type ControlHost } from './controls.js';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];
export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The photo's type; HEIC files often arrive without one, so the name decides. */
export function photoType(file: File): string {
  if (file.type) return file.type;
  return /\.hei[cf]$/i.test(file.name) ? 'image/heic' : '';
}

/** Why a photo cannot be sent, as the key of its message. */
export type PhotoProblem = { key: 'errorPhotoType' | 'errorPhotoSize' | 'errorPhotoCount'; params?: Record<string, string> };

/** The message key for a photo that cannot be sent, or null when it is fine. */
export function photoProblem(file: File): 'errorPhotoType' | 'errorPhotoSize' | null {
  if (!PHOTO_TYPES.includes(photoType(file))) return 'errorPhotoType';
  return file.size > MAX_PHOTO_BYTES ? 'errorPhotoSize' : null;
}

/** Adds the acceptable files to those already chosen; the last refusal, if any, is the problem. */
export function addPhotos(chosen: readonly File[], files: readonly File[]): { photos: File[]; problem?: PhotoProblem } {
  const photos = [...chosen];
  let problem: PhotoProblem | undefined;
  for (const file of files) {
    const key = photoProblem(file);
    if (key) problem = { key, params: { name: file.name } };
    else if (photos.length >= MAX_PHOTOS) problem = { key: 'errorPhotoCount' };
    else photos.push(file);
  }
  return { photos, problem };
}

/** Draws a preview once per canvas: on a canvas rather than from a blob: URL, which a strict CSP's img-src would block. */
function drawPreview(canvas: Element | undefined, file: File): void {
  if (!(canvas instanceof HTMLCanvasElement) || canvas.dataset.drawn) return;
  canvas.dataset.drawn = 'yes';
  createImageBitmap(file).then(
    (bitmap) => {
      const scale = Math.min(canvas.width / bitmap.width, canvas.height / bitmap.height);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, bitmap.width * scale, bitmap.height * scale);
      bitmap.close();
    },
    () => canvas.classList.add('no-preview'), // HEIC, or a file the browser cannot decode
  );
}

export interface PhotoFieldOptions {
  label: string;
  photos: readonly File[];
  removeLabel(name: string): string;
  onAdd(files: File[]): void;
  onRemove(index: number): void;
}

export function photoField(host: ControlHost, { label, photos, removeLabel, onAdd, onRemove }: PhotoFieldOptions): TemplateResult {
  return html`<div class="field" part="field">
    <label for="photos">${label}</label>
    <input id="photos" type="file" multiple accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
      aria-describedby=${ifDefined(describedBy(host, 'photos'))}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        onAdd(Array.from(input.files ?? []));
        input.value = ''; // the same file can be chosen again after its removal
      }} />
    ${fieldError(host, 'photos')}
    <ul class="photos">
      ${photos.map(
        (file, index) => html`<li part="photo">
          <canvas width="96" height="96" aria-hidden="true" ${ref((canvas) => drawPreview(canvas, file))}></canvas>
          <span class="photo-name">${file.name}</span>
          <button type="button" class="secondary" part="button" @click=${() => onRemove(index)}>${removeLabel(file.name)}</button>
        </li>`,
      )}
    </ul>
  </div>`;
}

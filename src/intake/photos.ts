// The photos sent with a request, checked against what they are, not what they claim to be.
import { HttpError, type Problem } from './errors.js';
import { PHOTO_LIMIT } from './limits.js';
import { detectImageType, type ImageType } from './magic-bytes.js';

export interface ReceivedPhoto {
  name: string;
  type: ImageType;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * The photos to store: each part's bytes with the name the request describes and the type its
 * bytes show. Anything that is not a JPEG, PNG, WebP or HEIC/HEIF image is a 422 naming it.
 */
export function checkPhotos(described: readonly { name: string }[], parts: Uint8Array<ArrayBuffer>[]): ReceivedPhoto[] {
  if (parts.length !== described.length) {
    throw new HttpError(422, `${described.length} photos described, ${parts.length} attached`, { path: 'photos' });
  }
  const errors: Problem[] = [];
  const photos = parts.map((bytes, index) => {
    const name = described[index]!.name;
    const type = detectImageType(bytes);
    if (bytes.length > PHOTO_LIMIT) errors.push({ path: `photos[${index}]`, message: `“${name}” is larger than 10 MB` });
    else if (!type) errors.push({ path: `photos[${index}]`, message: `“${name}” is not a JPEG, PNG, WebP or HEIC photo` });
    return { name, type: type!, data: bytes };
  });
  if (errors.length) throw new HttpError(422, errors[0]!.message, { errors });
  return photos;
}

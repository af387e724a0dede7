// The photos sent with a request, checked against what they are, not what they claim to be.
import { PHOTO_LIMIT } from './body.js';
import { HttpError } from './errors.js';
import { detectImageType } from './magic-bytes.js';

/**
 * The photos to store: each part's bytes with the name the request describes and the type its
 * bytes show. Anything that is not a JPEG, PNG, WebP or HEIC/HEIF image is a 422 naming it.
 * @param {{ name: string }[]} described the request's `photos`
 * @param {{ bytes: Buffer }[]} parts the multipart `photos` parts, in order
 * @returns {{ name: string, type: string, data: Buffer }[]}
 */
export function checkPhotos(described, parts) {
  if (parts.length !== described.length) {
    throw new HttpError(422, `${described.length} photos described, ${parts.length} attached`, { path: 'photos' });
  }
  const errors = [];
  const photos = parts.map(({ bytes }, index) => {
    const name = described[index].name;
    const type = detectImageType(bytes);
    if (bytes.length > PHOTO_LIMIT) errors.push({ path: `photos[${index}]`, message: `“${name}” is larger than 10 MB` });
    else if (!type) errors.push({ path: `photos[${index}]`, message: `“${name}” is not a JPEG, PNG, WebP or HEIC photo` });
    return { name, type, data: bytes };
  });
  if (errors.length) throw new HttpError(422, errors[0].message, { errors });
  return photos;
}

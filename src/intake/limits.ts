// How large a request may be. A quote request as JSON is a few kilobytes in practice; 64 KiB
// leaves room for long notes. Photos are bounded by the schema's own limits.

export const JSON_LIMIT = 64 * 1024;
export const MAX_PHOTOS = 5;
export const PHOTO_LIMIT = 10 * 1024 * 1024;
/** The JSON part, five photos at their limit, and the multipart framing around them. */
export const MULTIPART_LIMIT = JSON_LIMIT + MAX_PHOTOS * PHOTO_LIMIT + 64 * 1024;

// Generated tables inside hand-written pages sit between `<!-- name:start -->` and
// `<!-- name:end -->`; everything outside the markers is left as it is.

/** `text` with the content between the `name` markers replaced; throws when the markers are gone. */
export function replaceBetweenMarkers(text, name, content, path = 'the page') {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`${path} has no <!-- ${name}:start --> … <!-- ${name}:end --> markers; put them back where the table goes.`);
  return text.replace(pattern, (_, start, end) => `${start}\n${content}\n${end}`);
}

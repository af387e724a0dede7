/**
 * Elements that fetch `src` wait until they are near the viewport (within 600px), so a page with
 * widgets below the fold does not spend its first moments on them. One observer serves them all.
 */
let nearViewport: IntersectionObserver | undefined;
const whenNear = new WeakMap<Element, () => void>();
export function onceNearViewport(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return callback();
  nearViewport ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearViewport!.unobserve(entry.target);
        whenNear.get(entry.target)?.();
        whenNear.delete(entry.target);
      }
    },
    { rootMargin: '600px' },
  );
  whenNear.set(element, callback);
  nearViewport.observe(element);
}

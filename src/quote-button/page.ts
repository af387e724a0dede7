/**
 * What the quote button does to the page around it, without writing to its `html` or `body`
 * (the widget contract): it holds the page's scroll position while the dialog is open, and reads
 * what has focus so that the floating launcher can step aside.
 */

/**
 * Keeps the page behind an open modal dialog where it was. The dialog's styles stop most scroll
 * chaining (`overscroll-behavior`), but not all of it in every engine (Firefox passes the wheel on,
 * Firefox and WebKit the keyboard when the dialog has nothing to scroll), so any scroll of the
 * page is undone at once, before it is painted. Returns the way to end it, once the dialog closed:
 * a moment later, as Firefox may still be animating a scroll it started meanwhile.
 */
export function holdScroll(dialog: HTMLDialogElement): () => void {
  const { scrollX: left, scrollY: top } = window;
  const stop = () => removeEventListener('scroll', hold);
  const hold = () => {
    if (!dialog.isConnected) return stop(); // gone without closing
    if (scrollX !== left || scrollY !== top) scrollTo({ left, top, behavior: 'instant' });
  };
  addEventListener('scroll', hold);
  return () => void setTimeout(stop, 300);
}

/** The element that has focus, inside shadow roots too, and whether `host` (or its shadow root) holds it. */
export function focusWithin(host: Element): { focused: Element | null; inside: boolean } {
  let focused = document.activeElement;
  let inside = focused === host;
  while (focused?.shadowRoot?.activeElement) {
    focused = focused.shadowRoot.activeElement;
    inside ||= focused === host;
  }
  return { focused: focused === document.body ? null : focused, inside };
}

/** Whether two boxes on screen overlap. */
export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

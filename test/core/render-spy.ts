/**
 * Puts an element on the page for its first update and records which console warnings and errors
 * happen while it renders and which outside. Attribute checks belong in `willUpdate`: a render
 * must say nothing.
 */
export async function firstUpdateWarnings(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<{ duringRender: string[]; outside: string[] }> {
  const said = { duringRender: [] as string[], outside: [] as string[] };
  const target = element as unknown as { render(): unknown };
  const render = target.render.bind(element);
  let rendering = false;
  target.render = () => {
    rendering = true;
    try {
      return render();
    } finally {
      rendering = false;
    }
  };
  const original = { warn: console.warn, error: console.error };
  console.warn = console.error = (...args: unknown[]) => (rendering ? said.duringRender : said.outside).push(args.map(String).join(' '));
  try {
    document.body.append(element);
    await element.updateComplete;
  } finally {
    Object.assign(console, original);
    element.remove();
  }
  return said;
}

// The packages only the intake needs (hono, better-sqlite3, postgres) are optional peer
// dependencies: `npm i medquote` does not install them, and they are loaded here, when first used.

/** Imports an optional package, or throws an error that names it and says how to install it. */
export async function loadOptional<T>(name: string, load: () => Promise<T>, neededBy: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String(error))) {
      throw new Error(`medquote/intake: ${neededBy} needs the package "${name}": npm install ${name}`, { cause: error });
    }
    throw error;
  }
}

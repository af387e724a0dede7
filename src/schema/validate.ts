/**
 * Validation with readable results, shared by the elements and by servers: each problem as a
 * path a developer reads (`rows[2].low`) and a short message.
 */
/** One problem with the data, with the path written the way a developer reads it: `rows[2].low`. */
export interface DataIssue {
  path: string;
  message: string;
}

/** The part of a zod (or zod/mini) schema this module needs. */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly ZodIssueLike[] } };
}
interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

/** zod/mini ships no message locale (it saves bytes), so issues are described here, briefly. */
function describe(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return 'has an invalid format';
    default:
      return issue.message;
  }
}

/** Parses with any zod (or zod/mini) schema; the issues come with readable paths and messages. */
export function validate<T>(schema: Schema<T>, input: unknown): { ok: true; value: T } | { ok: false; issues: DataIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) })) };
}


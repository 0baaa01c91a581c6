/**
 * Validation issues in the shape the real server sends (zod v4 issues passed through Nango's
 * `zodErrorToHTTP`): `{ code, message, path }` with every path element a string. Messages copy
 * zod v4's wording so clients that display them look the same against the fake.
 */

/** One entry of `error.errors`. */
export interface Issue {
  code: string;
  message: string;
  path: string[];
}

/** zod's name for the type of a received value. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether `value` is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `invalid_type`, e.g. "Invalid input: expected object, received undefined". */
export function invalidType(expected: string, value: unknown, path: string[]): Issue {
  return {
    code: 'invalid_type',
    message: `Invalid input: expected ${expected}, received ${typeName(value)}`,
    path,
  };
}

/** `unrecognized_keys` for keys of `value` outside `allowed` (strict objects). */
export function unrecognizedKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: string[],
): Issue[] {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  if (extra.length === 0) return [];
  const list = extra.map((k) => `"${k}"`).join(', ');
  const message = extra.length === 1 ? `Unrecognized key: ${list}` : `Unrecognized keys: ${list}`;
  return [{ code: 'unrecognized_keys', message, path }];
}

/** Rules for {@link checkString}; messages override zod's defaults like `.max(n, {message})`. */
export interface StringRules {
  min?: number;
  max?: number;
  maxMessage?: string;
  pattern?: RegExp;
  email?: boolean;
}

// Close to zod v4's email check: no spaces, one @, a dot in the domain.
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** Checks a string-typed field; returns its issues (empty when valid). */
export function checkString(value: unknown, path: string[], rules: StringRules = {}): Issue[] {
  if (typeof value !== 'string') return [invalidType('string', value, path)];
  const issues: Issue[] = [];
  if (rules.email && !EMAIL.test(value)) {
    issues.push({ code: 'invalid_format', message: 'Invalid email address', path });
  }
  if (rules.pattern && !rules.pattern.test(value)) {
    const message = `Invalid string: must match pattern ${String(rules.pattern)}`;
    issues.push({ code: 'invalid_format', message, path });
  }
  if (rules.min !== undefined && value.length < rules.min) {
    const message = `Too small: expected string to have >=${rules.min} characters`;
    issues.push({ code: 'too_small', message, path });
  }
  if (rules.max !== undefined && value.length > rules.max) {
    const message =
      rules.maxMessage ?? `Too big: expected string to have <=${rules.max} characters`;
    issues.push({ code: 'too_big', message, path });
  }
  return issues;
}

/** Checks an optional field: undefined is fine, anything else goes to `check`. */
export function optional(value: unknown, check: (v: unknown) => Issue[]): Issue[] {
  return value === undefined ? [] : check(value);
}

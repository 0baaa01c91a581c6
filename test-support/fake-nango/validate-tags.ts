/**
 * Nango's connection-tag rules, reproduced with the server's own messages. A bad key gets only
 * zod's generic "Invalid key in record", which is why the client must explain the rule itself.
 */
import { checkString, type Issue, invalidType, isObject } from './issues';

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_\-./]*$/;
const KEY_MAX = 64;
const VALUE_MAX = 255;
const COUNT_MAX = 10;

/** Whether a tag key passes the server's key rule (pattern and length). */
function isValidTagKey(key: string): boolean {
  return KEY_PATTERN.test(key) && key.length <= KEY_MAX;
}

/**
 * Validates a tag record at `path` (`['tags']` or `['end_user','tags']`). `minValue` is 1 for
 * connection tags; the deprecated end_user tags allow empty values.
 */
export function validateTags(value: unknown, path: string[], minValue = 1): Issue[] {
  if (!isObject(value)) return [invalidType('record', value, path)];
  const issues: Issue[] = [];
  for (const [key, tagValue] of Object.entries(value)) {
    const at = [...path, key];
    if (!isValidTagKey(key)) {
      issues.push({ code: 'invalid_key', message: 'Invalid key in record', path: at });
      continue;
    }
    const maxMessage = `Tag values must be at most ${VALUE_MAX} characters`;
    issues.push(...checkString(tagValue, at, { min: minValue, max: VALUE_MAX, maxMessage }));
  }
  // Like zod, the record-level checks run only when every entry passed.
  if (issues.length > 0) return issues;
  return setLevelIssues(value as Record<string, string>, path);
}

function setLevelIssues(tags: Record<string, string>, path: string[]): Issue[] {
  const entries = Object.entries(tags);
  if (entries.length > COUNT_MAX) {
    return [{ code: 'custom', message: `Tags cannot contain more than ${COUNT_MAX} keys`, path }];
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    const lower = key.toLowerCase();
    if (seen.has(lower)) {
      const message = `Duplicate tag key after case normalization: "${lower}"`;
      issues.push({ code: 'custom', message, path });
    }
    seen.add(lower);
    if (lower === 'end_user_email' && checkString(value, [], { email: true, min: 5 }).length > 0) {
      issues.push({ code: 'custom', message: 'Tag "end_user_email" must be a valid email', path });
    }
  }
  return issues;
}

/**
 * "key=value" lines for OAuth parameters and connection config in the pre-flight form.
 */

/** The parsed map, and a message per line that is not `key=value`. */
export function parseKeyValues(text: string): { values: Record<string, string>; errors: string[] } {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const at = line.indexOf('=');
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (key === '') {
      errors.push(`Line ${index + 1}: write key=value.`);
      return;
    }
    values[key] = line.slice(at + 1).trim();
  });
  return { values, errors };
}

/** The map as lines, for editing. */
export function formatKeyValues(values: Record<string, string> | undefined): string {
  return Object.entries(values ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
}

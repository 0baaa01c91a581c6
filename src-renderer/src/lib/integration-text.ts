/**
 * The free-text fallback for the integration picker: comma-separated integration ids.
 */
import {
  INTEGRATION_KEY_MAX,
  INTEGRATION_KEY_PATTERN,
} from '../../../src-shared/contract/integration-key';

/** Splits "a, b ,c" into unique, trimmed, non-empty ids. */
export function parseIntegrationIds(text: string): string[] {
  const ids = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return [...new Set(ids)];
}

/** Messages for ids Nango would refuse by their shape; empty when all are fine. */
export function invalidIntegrationIds(ids: string[]): string[] {
  return ids
    .filter((id) => id.length > INTEGRATION_KEY_MAX || !INTEGRATION_KEY_PATTERN.test(id))
    .map(
      (id) =>
        `"${id}" is not a valid integration id: use letters, digits and ~ : . @ _ - or space.`,
    );
}

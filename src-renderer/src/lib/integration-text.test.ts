import { describe, expect, it } from 'vitest';
import { invalidIntegrationIds, parseIntegrationIds } from './integration-text';

describe('parseIntegrationIds', () => {
  it('splits, trims, drops blanks and duplicates', () => {
    expect(parseIntegrationIds(' hubspot, ,salesforce-sandbox,hubspot ')).toEqual([
      'hubspot',
      'salesforce-sandbox',
    ]);
    expect(parseIntegrationIds('')).toEqual([]);
  });
  it('flags ids Nango would refuse by shape', () => {
    expect(invalidIntegrationIds(['hubspot', 'my app:v2'])).toEqual([]);
    expect(invalidIntegrationIds(['bad/id'])[0]).toMatch(/"bad\/id" is not a valid/);
  });
});

import { describe, expect, it } from 'vitest';
import { shownErrors } from './field-errors';

describe('shownErrors', () => {
  it('shows server errors always and local ones only when asked', () => {
    expect(shownErrors(['local'], ['server'], false)).toEqual(['server']);
    expect(shownErrors(['local'], ['server'], true)).toEqual(['local', 'server']);
  });

  it('drops repeats and returns undefined when there is nothing', () => {
    expect(shownErrors(['same'], ['same'], true)).toEqual(['same']);
    expect(shownErrors(['local'], undefined, false)).toBeUndefined();
    expect(shownErrors(undefined, [], true)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { phoneSummary, themePhrase } from './phone-summary';

describe('phoneSummary', () => {
  it('names the language as the picker does, and the theme in the panel’s words', () => {
    expect(phoneSummary('fr', 'dark')).toBe('Phone: Français, dark theme');
    expect(phoneSummary('ja')).toBe('Phone: 日本語');
    expect(phoneSummary(undefined, 'system')).toBe('Phone: auto theme');
  });

  it('is empty when the link sets neither, and shows an unknown code as it is', () => {
    expect(phoneSummary()).toBe('');
    expect(phoneSummary('pt', 'sepia')).toBe('Phone: pt, sepia theme');
  });
});

describe('themePhrase', () => {
  it('calls the phone-following theme "auto"', () => {
    expect(themePhrase('system')).toBe('auto theme');
    expect(themePhrase('light')).toBe('light theme');
  });
});

import { describe, expect, it } from 'vitest';
import { phoneSummary } from './phone-summary';

describe('phoneSummary', () => {
  it('names the language and theme as the pickers do', () => {
    expect(phoneSummary('fr', 'dark')).toBe('Phone: Français, Dark');
    expect(phoneSummary('ja')).toBe('Phone: 日本語');
    expect(phoneSummary(undefined, 'system')).toBe('Phone: its own theme');
  });

  it('is empty when the link sets neither, and shows an unknown code as it is', () => {
    expect(phoneSummary()).toBe('');
    expect(phoneSummary('pt', 'sepia')).toBe('Phone: pt, sepia');
  });
});

import { describe, expect, it } from 'vitest';
import { formatKeyValues, parseKeyValues } from './key-values';

describe('parseKeyValues', () => {
  it('reads key=value lines, skipping blanks, keeping = in values', () => {
    expect(parseKeyValues('prompt=consent\n\n access_type = offline \nx=a=b')).toEqual({
      values: { prompt: 'consent', access_type: 'offline', x: 'a=b' },
      errors: [],
    });
  });

  it('names lines that are not key=value', () => {
    expect(parseKeyValues('ok=1\nnonsense\n=v').errors).toEqual([
      'Line 2: write key=value.',
      'Line 3: write key=value.',
    ]);
  });

  it('round-trips', () => {
    expect(parseKeyValues(formatKeyValues({ a: '1', b: '2' })).values).toEqual({ a: '1', b: '2' });
  });
});

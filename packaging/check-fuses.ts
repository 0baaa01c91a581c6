/**
 * Compares the fuses compiled into a packaged binary with HANDOFF_FUSES. Used by
 * scripts/check-fuses.ts on the hosted runners after packaging.
 */
import { FuseV1Options } from '@electron/fuses';
import { HANDOFF_FUSES } from './fuses';

/**
 * The bytes of a fuse wire ('0', '1', 'r'): @electron/fuses 1.x declares them as a type
 * (FuseState) but does not export the values.
 */
export const FUSE_BYTE = { DISABLE: 0x30, ENABLE: 0x31, REMOVED: 0x72 } as const;
const NAMES = new Map<unknown, string>(
  Object.entries(FUSE_BYTE).map(([name, byte]) => [byte, name]),
);

/** A fuse whose value in the binary is not the one Handoff ships. */
export interface FuseMismatch {
  fuse: string;
  expected: boolean;
  actual: string;
}

/** Lists fuses that differ; an empty list means the binary is locked down as intended. */
export function fuseMismatches(wire: Record<number, unknown>): FuseMismatch[] {
  return Object.entries(HANDOFF_FUSES).flatMap(([key, expected]) => {
    const state = wire[Number(key)];
    const wanted = expected ? FUSE_BYTE.ENABLE : FUSE_BYTE.DISABLE;
    if (state === wanted) return [];
    const actual = state === undefined ? 'missing' : (NAMES.get(state) ?? String(state));
    return [{ fuse: FuseV1Options[Number(key)] ?? key, expected, actual }];
  });
}

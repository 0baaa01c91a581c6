/**
 * Disk failures, in words people can act on. A store write that fails with one of Node's file
 * system errors becomes an `AppFailure('storage_unavailable')` naming the problem and the
 * folder; anything else (a bug) stays what it is.
 */
import { dirname } from 'node:path';
import { AppFailure } from '../errors/app-failure';

/** How a disk problem reads in a sentence, by kind. */
export type DiskProblem = 'full' | 'read-only' | 'other';

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/** The `code` of a Node file system error, or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)
    ? code
    : undefined;
}

/** Classifies a Node file system error. */
export function diskProblem(code: string): DiskProblem {
  if (FULL.has(code)) return 'full';
  if (READ_ONLY.has(code)) return 'read-only';
  return 'other';
}

/** "the disk is full" / "Handoff cannot write to its data folder (…)": the cause, as a clause. */
export function describeDiskProblem(code: string, filePath: string): string {
  switch (diskProblem(code)) {
    case 'full':
      return 'the disk is full';
    case 'read-only':
      return `Handoff cannot write to its data folder (${dirname(filePath)}): it is read-only or not allowed`;
    default:
      return `the disk reported an error (${code})`;
  }
}

/** What to do about it, as a sentence. */
export function diskRemedy(code: string): string {
  switch (diskProblem(code)) {
    case 'full':
      return 'Free some disk space';
    case 'read-only':
      return "Make Handoff's data folder writable";
    default:
      return 'Check the disk';
  }
}

/**
 * The failure to throw for a file system error while saving `label` ("profiles"), or the
 * error itself when it is not one (a bug keeps its own identity and maps to `internal`).
 */
export function saveFailure(error: unknown, label: string, filePath: string): Error {
  const code = errnoCode(error);
  if (!code) return error instanceof Error ? error : new Error('Store write failed');
  const cause = describeDiskProblem(code, filePath);
  const first = diskProblem(code) === 'full' ? 'The disk is full' : capitalise(cause);
  return new AppFailure(
    'storage_unavailable',
    `${first}, so your ${label} could not be saved; nothing was changed. ${diskRemedy(code)} and try again.`,
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

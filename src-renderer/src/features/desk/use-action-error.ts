/**
 * An action's last error, for showing next to it. An "offline" error stops showing once the
 * app is back online (nothing was queued, so there is nothing left to say); the next attempt
 * then says how it went.
 */
import { useCallback, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import { useNetworkStore } from '../../stores/use-network-store';

/** True when `error` is an "offline" error from before the app last came back online. */
export function isStaleOffline(
  error: AppError | null,
  seenAt: number,
  reconnects: number,
): boolean {
  return error?.code === 'offline' && reconnects > seenAt;
}

/** The error to show (or null) and its setter. */
export function useActionError(): [AppError | null, (error: AppError | null) => void] {
  const reconnects = useNetworkStore((s) => s.reconnects);
  const [state, setState] = useState<{ error: AppError | null; seenAt: number }>({
    error: null,
    seenAt: 0,
  });
  const setError = useCallback(
    (error: AppError | null) => setState({ error, seenAt: useNetworkStore.getState().reconnects }),
    [],
  );
  return [isStaleOffline(state.error, state.seenAt, reconnects) ? null : state.error, setError];
}

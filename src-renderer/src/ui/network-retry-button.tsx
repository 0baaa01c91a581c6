/**
 * The button that checks the network again, wherever being offline is explained (the header's
 * pill, the desk's offline banner, a failed action's alert). Disabled while a check runs.
 */
import { useNetworkStore } from '../stores/use-network-store';

export interface NetworkRetryButtonProps {
  className: string;
  /** The label while no check runs. */
  label?: string;
}

/** Asks main to check the network again, saying "Checking…" meanwhile. */
export function NetworkRetryButton({
  className,
  label = 'Check connection',
}: NetworkRetryButtonProps) {
  const retry = useNetworkStore((s) => s.retry);
  const retrying = useNetworkStore((s) => s.retrying);
  return (
    <button type="button" className={className} disabled={retrying} onClick={() => void retry()}>
      {retrying ? 'Checking…' : label}
    </button>
  );
}

/**
 * Private mode at a glance, and its toggle: whether screen shares and recordings can see the
 * QR code right now. It says plainly when the OS cannot hide the window (Linux).
 */
import { usePrivacyStore } from '../../stores/use-privacy-store';
import { useSpotlightStore } from '../../stores/use-spotlight-store';

/** The header's private-mode pill (a toggle button). */
export function PrivacyIndicator() {
  const state = usePrivacyStore((s) => s.state);
  const setEnabled = usePrivacyStore((s) => s.setEnabled);
  const presenting = useSpotlightStore((s) => s.presenterId !== null);
  if (!state) return null;
  const { text, detail, tone } = describe(
    state.enabled,
    state.protecting,
    state.supported,
    presenting,
  );
  return (
    <button
      type="button"
      className={`pill pill--button pill--private-${tone}`}
      aria-pressed={state.enabled}
      data-testid="private-mode"
      data-protecting={state.protecting}
      title={detail}
      onClick={() => void setEnabled(!state.enabled)}
    >
      <span className="pill__lock" aria-hidden="true" />
      <span className="pill__label">{text}</span>
      <span className="visually-hidden">. {detail}</span>
    </button>
  );
}

function describe(enabled: boolean, protecting: boolean, supported: boolean, presenting: boolean) {
  if (!enabled) {
    return {
      text: 'Private mode off',
      detail: 'Screen shares and recordings can see QR codes. Click to turn private mode on.',
      tone: 'off',
    };
  }
  if (!supported) {
    return {
      text: 'Private mode: not on this OS',
      detail:
        'This system cannot hide a window from screen capture: stop sharing before showing a code. Click to turn private mode off.',
      tone: 'unsupported',
    };
  }
  if (protecting) {
    return {
      text: 'Private: hidden from sharing',
      detail:
        'Screen shares and recordings show this window blank while a QR code is on it. Click to turn private mode off.',
      tone: 'on',
    };
  }
  return {
    text: presenting ? 'Presenting: visible to sharing' : 'Private mode on',
    detail: presenting
      ? 'Presenter view is showing the code on purpose, so a screen share sees it.'
      : 'The window is hidden from screen sharing whenever a QR code is on it. Click to turn private mode off.',
    tone: presenting ? 'presenting' : 'idle',
  };
}

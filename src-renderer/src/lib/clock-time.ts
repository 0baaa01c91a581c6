/**
 * A time of day as the user's locale writes it, short ("14:05", "2:05 PM"). One formatter for
 * the app's life: `toLocaleTimeString` with options builds a new `Intl.DateTimeFormat` per
 * call (~0.4 ms each here, twice per new card, on the path from create to QR).
 */
const SHORT_TIME = new Intl.DateTimeFormat([], { timeStyle: 'short' });

/** `iso` as a short local time of day. */
export function clockTime(iso: string): string {
  return SHORT_TIME.format(new Date(iso));
}

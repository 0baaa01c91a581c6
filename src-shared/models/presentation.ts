/**
 * Private mode and message delivery, as the renderer sees them.
 */

/**
 * Private mode: while on, the window is hidden from screen sharing and recordings whenever a
 * QR code is on show and presenter view is off.
 */
export interface PrivacyState {
  /** The rep's choice (on by default). */
  enabled: boolean;
  /** True while the window is actually protected right now. */
  protecting: boolean;
  /** False where the OS cannot hide a window from capture (Linux). */
  supported: boolean;
}

/**
 * The message "Send by e-mail" and "Copy as message" fill in. Placeholders: `{customer}`,
 * `{link}`, `{expires}`, `{integrations}`. Main fills them; the renderer only ever sees the
 * template, never a filled message (which would carry the link).
 */
export interface MessageTemplate {
  subject: string;
  body: string;
  /** True while it is the built-in template. */
  isDefault: boolean;
}

/** Placeholders a template may use. `{link}` must appear in the body. */
export const MESSAGE_PLACEHOLDERS = ['customer', 'link', 'expires', 'integrations'] as const;

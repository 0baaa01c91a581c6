/**
 * The shape of an integration key as the server allows it, as a plain pattern: the IPC schema
 * builds on it, and the renderer checks typed ids with it without loading zod.
 */

/** Letters, digits and `~ : . @ _ -` or space. */
export const INTEGRATION_KEY_PATTERN = /^[a-zA-Z0-9~:.@ _-]+$/;

/** What {@link INTEGRATION_KEY_PATTERN} allows, in words. */
export const INTEGRATION_KEY_RULE = 'Integration ids use letters, digits and ~ : . @ _ - or space';

/** The longest integration key the contract accepts. */
export const INTEGRATION_KEY_MAX = 255;

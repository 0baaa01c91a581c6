/**
 * zod schemas for phone pre-flight: per-handoff Connect UI settings, profile defaults and
 * presets, and the deprecated `end_user` / `organization` inputs that become tags.
 */
import { z } from 'zod';
import { CONNECT_UI_LANGS, CONNECT_UI_THEMES } from '../models/preflight';

const id = z.string().min(1).max(200);
const integrationKey = z
  .string()
  .max(255)
  .regex(/^[a-zA-Z0-9~:.@ _-]+$/);
const stringMap = z
  .record(z.string().min(1).max(100), z.string().max(2000))
  .refine((m) => Object.keys(m).length <= 30, 'At most 30 entries');
const httpsUrl = z
  .string()
  .trim()
  .max(2000)
  .url('Enter a full https URL')
  .refine((value) => new URL(value).protocol === 'https:', 'Use an https URL');

export const connectUiLang = z.enum(CONNECT_UI_LANGS);
export const connectUiTheme = z.enum(CONNECT_UI_THEMES);

const integrationPreflight = z
  .object({
    userScopes: z.exactOptional(z.string().trim().max(2000)),
    authorizationParams: z.exactOptional(stringMap),
    connectionConfig: z.exactOptional(stringMap),
    docsConnect: z.exactOptional(httpsUrl),
  })
  .strict();

export const preflightSchema = z
  .object({
    lang: z.exactOptional(connectUiLang),
    theme: z.exactOptional(connectUiTheme),
    integrations: z.exactOptional(
      z
        .record(integrationKey, integrationPreflight)
        .refine((m) => Object.keys(m).length <= 100, 'At most 100 integrations'),
    ),
  })
  .strict();

/** Deprecated `end_user` input (older integrations' docs). */
export const legacyEndUser = z
  .object({
    id: z.string().trim().min(1).max(255),
    email: z.exactOptional(z.string().trim().max(255)),
    displayName: z.exactOptional(z.string().trim().max(255)),
  })
  .strict();

/** Deprecated `organization` input. */
export const legacyOrganization = z
  .object({
    id: z.string().trim().min(1).max(255),
    displayName: z.exactOptional(z.string().trim().max(255)),
  })
  .strict();

export const preflightDefaultsRequest = z
  .object({
    profileId: id,
    lang: z.exactOptional(connectUiLang),
    theme: z.exactOptional(connectUiTheme),
  })
  .strict();

export const savePresetRequest = z
  .object({
    profileId: id,
    name: z.string().trim().min(1, 'Name the preset').max(80),
    preflight: preflightSchema,
  })
  .strict();

export const removePresetRequest = z.object({ profileId: id, presetId: id }).strict();

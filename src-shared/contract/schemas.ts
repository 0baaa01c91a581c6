/**
 * zod schemas for every IPC request. Each payload arrives in main as `unknown` and is parsed
 * with these before any handler sees it.
 */
import { z } from 'zod';
import { legacyEndUser, legacyOrganization, preflightSchema } from './preflight-schemas';
import {
  INTEGRATION_KEY_MAX,
  INTEGRATION_KEY_PATTERN,
  INTEGRATION_KEY_RULE,
} from './integration-key';
import { isHttpsOrLoopbackHttp } from '../net/loopback-http';
import { TAG_COUNT_MAX, TAG_KEY_MAX, TAG_KEY_RULE, TAG_VALUE_MAX } from '../tags/tag-rules';
import { THEME_SOURCES } from '../models/appearance';

const id = z.string().min(1).max(200);

/** Longest URL a profile may hold; real API and Connect UI bases are far shorter. */
const MAX_URL_LENGTH = 2048;
/** Structural bound on a tag set; `validateTags` enforces the server's {@link TAG_COUNT_MAX}. */
const MAX_TAG_ENTRIES = TAG_COUNT_MAX * 2;

/**
 * `.partial()` for update requests, with one difference: each field is either left out or
 * valid. An explicit `undefined` (structured clone carries it across IPC) is refused, because
 * `Object.assign` would copy it over the stored value and the row would fail its schema on the
 * next start. Every optional field in the contract is `exactOptional` for the same reason.
 */
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, z.exactOptional(field)]),
  ) as { [K in keyof S]: z.ZodExactOptional<S[K]> };
  return z.object(shape).strict();
}

/** `new URL()` without the throw: null for anything that is not an absolute URL. */
const parseUrl = (value: string): URL | null => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};
const httpsOrLoopbackUrl = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, { message: `A URL is at most ${MAX_URL_LENGTH} characters`, abort: true })
  // `abort`: one message per field. zod 4 would otherwise run the refinement after a failed
  // `.url()`, which is why the refinement must not throw on "api.nango.dev" either.
  .url({ message: 'Enter a full URL, e.g. https://api.nango.dev', abort: true })
  .refine((value) => {
    const url = parseUrl(value);
    // Plain http only for a self-hosted server on this machine (the same rule as link vetting).
    return url !== null && isHttpsOrLoopbackHttp(url);
  }, 'Use https (plain http only for localhost)');

/** Integration keys, as the server allows them. */
const integrationKey = z
  .string()
  .max(INTEGRATION_KEY_MAX, 'An integration id is at most 255 characters')
  .regex(INTEGRATION_KEY_PATTERN, INTEGRATION_KEY_RULE);

/**
 * A tag set, bounded in shape: entries, key and value lengths at the server's own limits (so
 * one request cannot grow a store by megabytes). The count is bounded at twice the server's
 * limit, so a set just over it still reaches `validateTags` and its plain message ("At most 10
 * tags in all"), which also checks key characters, duplicates and e-mail values.
 */
export const tagsSchema = z
  .record(
    z.string().max(TAG_KEY_MAX, TAG_KEY_RULE),
    z.string().max(TAG_VALUE_MAX, `A tag value is at most ${TAG_VALUE_MAX} characters.`),
  )
  .refine((tags) => Object.keys(tags).length <= MAX_TAG_ENTRIES, {
    message: `At most ${TAG_COUNT_MAX} tags in all.`,
    abort: true,
  });

export const emptyRequest = z.object({}).strict();
export const byIdRequest = z.object({ id }).strict();
export const byProfileRequest = z.object({ profileId: id }).strict();

export const profileInput = z
  .object({
    name: z.string().trim().min(1, 'Give the profile a name').max(60),
    apiBaseUrl: httpsOrLoopbackUrl,
    connectUiBaseUrl: httpsOrLoopbackUrl,
  })
  .strict();
export const profileUpdate = patchOf(profileInput).extend({ id }).strict();

export const setKeyRequest = z
  .object({
    profileId: id,
    // Nango keys are UUIDs; allow some slack for other formats but never huge blobs.
    secretKey: z.string().trim().min(8, 'That does not look like a Nango secret key').max(512),
  })
  .strict();

export const createSessionRequest = z
  .object({
    profileId: id,
    tags: tagsSchema,
    allowedIntegrations: z.array(integrationKey).max(100),
    /** Phone pre-flight: Connect UI language/theme and per-integration defaults. */
    preflight: z.exactOptional(preflightSchema),
    /** Deprecated inputs from older docs; main maps them to tags. */
    endUser: z.exactOptional(legacyEndUser),
    organization: z.exactOptional(legacyOrganization),
  })
  .strict();

export const reconnectRequest = z.object({ savedConnectionId: id }).strict();

export const connectionInput = z
  .object({
    profileId: id,
    connectionId: z.string().trim().min(1).max(255),
    integrationId: integrationKey,
    label: z.string().trim().max(200),
    tags: tagsSchema,
    notes: z.string().max(5000),
  })
  .strict();
export const connectionUpdate = patchOf(connectionInput.omit({ profileId: true }))
  .extend({ id })
  .strict();

export const remoteSearchRequest = z
  .object({
    profileId: id,
    integrationId: integrationKey.exactOptional(),
    search: z.string().max(255).exactOptional(),
    tag: z
      .object({ key: z.string().min(1).max(64), value: z.string().min(1).max(255) })
      .strict()
      .exactOptional(),
    page: z.number().int().min(0).max(10_000).exactOptional(),
  })
  .strict();

export const importRequest = z
  .object({
    profileId: id,
    connections: z
      .array(
        z
          .object({
            connectionId: z.string().min(1).max(255),
            integrationId: integrationKey,
            label: z.string().max(200),
            tags: tagsSchema,
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();

export const ledgerExportRequest = z.object({ query: z.string().max(500) }).strict();

export const ledgerRetentionRequest = z
  .object({
    days: z.number().int().min(1).max(3650),
    maxEntries: z.number().int().min(10).max(100_000),
  })
  .strict();

/** The rep's "Refresh automatically" choice on a card. */
export const refreshSetRequest = z.object({ id, enabled: z.boolean() }).strict();
/** What the window shows, for self-refreshing links: visible (Page Visibility API), presenting. */
export const viewReportRequest = z
  .object({ visible: z.boolean(), presentingId: z.exactOptional(id) })
  .strict();

export const privacySetRequest = z.object({ enabled: z.boolean() }).strict();
export const privacyReportRequest = z
  .object({ qrShown: z.boolean(), presenting: z.boolean() })
  .strict();
export const templateRequest = z
  .object({
    subject: z.string().trim().min(1, 'Give the message a subject').max(200),
    body: z.string().trim().min(1, 'Write the message').max(4000),
  })
  .strict();

export const appearanceSetRequest = z.object({ source: z.enum(THEME_SOURCES) }).strict();

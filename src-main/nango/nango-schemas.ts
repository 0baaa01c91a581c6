/**
 * Shapes of Nango's success answers, checked so a wrong server (or a changed API) fails as
 * `bad_response` instead of leaking undefined into the app. Non-strict on purpose: zod objects
 * drop unknown keys, so fields Nango adds later are tolerated.
 */
import { z } from 'zod';

/**
 * A timestamp as Nango writes it: `Z` on sessions, `+00:00` on connections. Accepts anything
 * Date can read and normalises to ISO 8601 UTC with `Z`.
 */
export const nangoDateTime = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Not a date-time' })
  .transform((value) => new Date(value).toISOString());

/** POST /connect/sessions and /connect/sessions/reconnect (201). */
export const connectSessionCreatedSchema = z.object({
  data: z.object({
    token: z.string().min(1),
    // Documented as optional, but every server this app supports sends it, and a handoff is
    // nothing without a link: its absence is a bad_response naming `data.connect_link`.
    connect_link: z.string().min(1),
    expires_at: nangoDateTime,
  }),
});

const endUserSchema = z.object({
  id: z.string().optional(),
  email: z.string().nullish(),
  display_name: z.string().nullish(),
});

/** GET /connect/session (bearer = session token). No expiry and no outcome in it. */
export const connectSessionSchema = z.object({
  data: z.object({
    endUser: endUserSchema.nullish(),
    allowed_integrations: z.array(z.string()).optional(),
    integrations_config_defaults: z.record(z.string(), z.unknown()).optional(),
    overrides: z.record(z.string(), z.unknown()).optional(),
    isReconnecting: z.boolean().optional(),
  }),
});

/** GET /integrations. */
export const integrationsSchema = z.object({
  data: z.array(
    z.object({
      unique_key: z.string(),
      provider: z.string(),
      display_name: z.string().nullish(),
    }),
  ),
});

/** One entry of GET /connections. */
export const remoteConnectionSchema = z.object({
  connection_id: z.string(),
  provider_config_key: z.string(),
  provider: z.string(),
  errors: z.array(z.object({ type: z.string() })).default([]),
  end_user: endUserSchema.nullish(),
  // Absent on servers older than tags.
  tags: z.record(z.string(), z.string()).nullish(),
  created: nangoDateTime,
});

/** GET /connections. */
export const connectionsSchema = z.object({ connections: z.array(remoteConnectionSchema) });

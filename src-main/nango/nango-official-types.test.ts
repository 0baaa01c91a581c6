/**
 * Ties each response schema to Nango's published type (`@nangohq/types`). These checks run in
 * `npm run typecheck` (this file is in tsconfig.node.json); at run time they are no-ops.
 *
 * Two directions per answer:
 * - every answer the official type allows passes our schema's input type (the fields we
 *   require exist there, with compatible types), and
 * - every field our schema reads is one the official type has (no field that Nango renamed
 *   or removed lingers in our schema as an optional that silently stays undefined).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  CreateSessionBody,
  DeleteConnectSession,
  GetConnectSession,
  GetPublicConnections,
  GetPublicListIntegrations,
  PostConnectSessions,
  PostPublicConnectSessionsReconnect,
  ReconnectSessionBody,
} from './nango-api-types';
import type {
  connectSessionCreatedSchema,
  connectSessionSchema,
  connectionsSchema,
  integrationsSchema,
  remoteConnectionSchema,
} from './nango-schemas';
import type { connectSessionBody, reconnectSessionBody } from './session-body';

type In<S extends z.ZodType> = z.input<S>;
/** Keys of `Ours` that `Official` lacks; `never` when every key we read is official. */
type Unknown<Ours, Official> = Exclude<keyof NonNullable<Ours>, keyof NonNullable<Official>>;

type Created = PostConnectSessions['Success'];
type Session = GetConnectSession['Success'];
type Connection = GetPublicConnections['Success']['connections'][number];
type Integration = GetPublicListIntegrations['Success']['data'][number];
type OurConnection = In<typeof remoteConnectionSchema>;

describe('response schemas match @nangohq/types', () => {
  it('POST /connect/sessions and /connect/sessions/reconnect', () => {
    expectTypeOf<Created>().toExtend<In<typeof connectSessionCreatedSchema>>();
    expectTypeOf<PostPublicConnectSessionsReconnect['Success']>().toExtend<
      In<typeof connectSessionCreatedSchema>
    >();
    expectTypeOf<
      Unknown<In<typeof connectSessionCreatedSchema>['data'], Created['data']>
    >().toEqualTypeOf<never>();
  });

  it('GET /connect/session', () => {
    expectTypeOf<Session>().toExtend<In<typeof connectSessionSchema>>();
    type Data = In<typeof connectSessionSchema>['data'];
    expectTypeOf<Unknown<Data, Session['data']>>().toEqualTypeOf<never>();
    expectTypeOf<Unknown<Data['endUser'], Session['data']['endUser']>>().toEqualTypeOf<never>();
  });

  it('DELETE /connect/session answers with no body', () => {
    expectTypeOf<DeleteConnectSession['Success']>().toEqualTypeOf<never>();
  });

  it('GET /connections', () => {
    expectTypeOf<GetPublicConnections['Success']>().toExtend<In<typeof connectionsSchema>>();
    expectTypeOf<Unknown<OurConnection, Connection>>().toEqualTypeOf<never>();
    expectTypeOf<
      Unknown<OurConnection['end_user'], Connection['end_user']>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Unknown<NonNullable<OurConnection['errors']>[number], Connection['errors'][number]>
    >().toEqualTypeOf<never>();
  });

  it('GET /integrations', () => {
    expectTypeOf<GetPublicListIntegrations['Success']>().toExtend<In<typeof integrationsSchema>>();
    type Ours = In<typeof integrationsSchema>['data'][number];
    expectTypeOf<Unknown<Ours, Integration>>().toEqualTypeOf<never>();
  });
});

describe('request bodies are the official ones', () => {
  it('session bodies', () => {
    expectTypeOf<ReturnType<typeof connectSessionBody>>().toEqualTypeOf<CreateSessionBody>();
    expectTypeOf<ReturnType<typeof reconnectSessionBody>>().toEqualTypeOf<ReconnectSessionBody>();
  });
});

/**
 * Request bodies for session creation. Nango's bodies are strict (an unknown key is a 400), so
 * only the keys that were given are sent. Tags are checked first: the server's own message for
 * a bad key is generic and an over-full merged set comes back as a 500.
 */
import { validateTags } from '../../src-shared/tags/tag-rules';
import type { Tags } from '../../src-shared/models/session';
import type {
  CreateSessionBody,
  IntegrationConfigBody,
  OverridesBody,
  ReconnectSessionBody,
} from './nango-api-types';
import type {
  CreateConnectSessionInput,
  CreateReconnectSessionInput,
  IntegrationConfigDefaults,
  SessionOptions,
} from './nango-client-types';
import { NangoError } from './nango-error';

/** Throws NangoError('invalid_request') with every tag problem, before anything is sent. */
function assertValidTags(tags: Tags): void {
  const fields = validateTags(tags);
  const [first] = fields;
  if (!first) return;
  throw new NangoError('invalid_request', `Nango would refuse these tags: ${first.message}`, {
    fields,
  });
}

/** Body of POST /connect/sessions (typed against Nango's published body). */
export function connectSessionBody(input: CreateConnectSessionInput): CreateSessionBody {
  assertValidTags(input.tags);
  return {
    tags: input.tags,
    ...(input.allowedIntegrations === undefined
      ? {}
      : { allowed_integrations: input.allowedIntegrations }),
    ...optionsBody(input),
  };
}

/** Body of POST /connect/sessions/reconnect (never `allowed_integrations`: the server refuses it). */
export function reconnectSessionBody(input: CreateReconnectSessionInput): ReconnectSessionBody {
  assertValidTags(input.tags);
  return {
    connection_id: input.connectionId,
    integration_id: input.integrationId,
    tags: input.tags,
    ...optionsBody(input),
  };
}

type OptionsBody = Pick<CreateSessionBody, 'integrations_config_defaults' | 'overrides'>;

function optionsBody(input: SessionOptions): OptionsBody {
  const body: OptionsBody = {};
  if (input.integrationsConfigDefaults !== undefined) {
    body.integrations_config_defaults = mapValues(input.integrationsConfigDefaults, configBody);
  }
  if (input.overrides !== undefined) {
    body.overrides = mapValues(input.overrides, (o): OverridesBody =>
      o.docsConnect === undefined ? {} : { docs_connect: o.docsConnect },
    );
  }
  return body;
}

function configBody(config: IntegrationConfigDefaults): IntegrationConfigBody {
  return {
    ...(config.userScopes === undefined ? {} : { user_scopes: config.userScopes }),
    ...(config.authorizationParams === undefined
      ? {}
      : { authorization_params: config.authorizationParams }),
    ...(config.connectionConfig === undefined
      ? {}
      : { connection_config: config.connectionConfig }),
  };
}

function mapValues<A, B>(record: Record<string, A>, map: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

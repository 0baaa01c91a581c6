/** GET /integrations. */
import type { ServerDeps } from '../deps';
import type { Reply } from '../reply';

/** Every integration of the environment, in registration order. */
export function listIntegrations(deps: ServerDeps): Reply {
  return {
    status: 200,
    body: { data: [...deps.state.integrations.values()].map((i) => ({ ...i })) },
  };
}

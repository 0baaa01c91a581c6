/**
 * What the tested key can do, and the least-privilege scoped key we recommend instead of a
 * full secret key. Whether and when it was tested is the key status's to say, not this list's.
 */
import type { KeyCapabilities } from '../../../../src-shared/models/profile';

/** The scopes Handoff needs, and nothing more. */
const RECOMMENDED_SCOPES = [
  'environment:connect_sessions:write',
  'environment:connections:list',
  'environment:integrations:list',
] as const;

export interface KeyCapabilitiesViewProps {
  capabilities: KeyCapabilities | null;
}

/** The capability list (after a test) and the scope recommendation. */
export function KeyCapabilitiesView({ capabilities }: KeyCapabilitiesViewProps) {
  return (
    <div className="capabilities" data-testid="key-capabilities">
      {capabilities ? (
        <ul className="capabilities__list" aria-label="What this key may do">
          <Capability
            ok={capabilities.integrationsList}
            label="List integrations"
            scope="environment:integrations:list"
            without="The integration picker falls back to typing integration ids."
          />
          <Capability
            ok={capabilities.connectionsList}
            label="List connections"
            scope="environment:connections:list"
            without="Completion status and the reconnect desk are switched off."
          />
        </ul>
      ) : null}
      <div className="recommendation">
        <p className="recommendation__title">Recommended: a scoped key with only these scopes</p>
        <ul className="recommendation__scopes">
          {RECOMMENDED_SCOPES.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
        <p className="muted small">
          A full secret key works too, but a scoped key limits what a lost laptop can do.
        </p>
      </div>
    </div>
  );
}

function Capability(props: { ok: boolean; label: string; scope: string; without: string }) {
  return (
    <li className={`capability ${props.ok ? 'capability--ok' : 'capability--missing'}`}>
      <span className="capability__mark" aria-hidden="true">
        {props.ok ? '✓' : '–'}
      </span>
      <span className="capability__body">
        <span className="capability__label">
          {props.label}
          <span className="visually-hidden">{props.ok ? ': allowed' : ': not allowed'}</span>
        </span>
        <code className="capability__scope">{props.scope}</code>
        {props.ok ? null : <span className="capability__without">{props.without}</span>}
      </span>
    </li>
  );
}

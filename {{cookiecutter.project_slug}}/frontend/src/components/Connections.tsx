import type { Connection, Provider } from "../lib/api";
import { ProviderButtons } from "./ProviderButtons";

interface Props {
  connections: Connection[] | null;
  providers: Provider[];
  busy: string | null;
  onConnect: (provider: Provider) => void;
  onDisconnect: (connection: Connection) => void;
}

const labelOf = (connection: Connection) => connection.label || connection.uid;

/** The accounts that can sign this user in, and buttons to link more. Each shows the provider's
 * name and the account's label (its email or username there), or its `uid` for an account the
 * API has no label for yet (connected before labels were recorded, until its next sign-in). */
export function Connections({ connections, providers, busy, onConnect, onDisconnect }: Props) {
  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="connections-heading">
      <h2 id="connections-heading">Connected accounts</h2>
      {connections === null ? (
        <p>Loading…</p>
      ) : connections.length === 0 ? (
        <p>No connected accounts.</p>
      ) : (
        <ul className="connections">
          {connections.map((connection) => (
            <li key={connection.id}>
              <span>
                <strong>{nameOf(connection.provider)}</strong> <small>{labelOf(connection)}</small>
              </span>
              <button
                type="button"
                className="secondary"
                onClick={() => onDisconnect(connection)}
                disabled={busy !== null}
                aria-label={`Disconnect ${nameOf(connection.provider)} account ${labelOf(connection)}`}
              >
                Disconnect
              </button>
            </li>
          ))}
        </ul>
      )}
      {providers.length > 0 && (
        <ProviderButtons
          providers={providers}
          busy={busy}
          label={(provider) => `Connect ${provider.name}`}
          onPick={onConnect}
        />
      )}
    </section>
  );
}

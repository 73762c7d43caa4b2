import type { Connection, Provider } from "../lib/api";
import type { ProviderProfileState } from "../state/useProviderProfile";
import { ProviderButtons } from "./ProviderButtons";

interface Props {
  connections: Connection[] | null;
  providers: Provider[];
  busy: string | null;
  onConnect: (provider: Provider) => void;
  onDisconnect: (connection: Connection) => void;
  profile: ProviderProfileState;
}

const labelOf = (connection: Connection) => connection.label || connection.uid;

/** The accounts that can sign this user in, and buttons to link more. Each shows the provider's
 * name and the account's label (its email or username there), or its `uid` for an account the
 * API has no label for yet (connected before labels were recorded, until its next sign-in). */
export function Connections(props: Props) {
  const { connections, providers, busy, onConnect } = props;
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
            <ConnectionItem
              key={connection.id}
              {...props}
              connection={connection}
              name={nameOf(connection.provider)}
            />
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

interface ItemProps extends Props {
  connection: Connection;
  name: string;
}

/** One connected account: disconnect it, or read its profile from the provider (the example of
 * the API calling the provider as the user). */
function ConnectionItem({ connection, name, busy, onDisconnect, profile }: ItemProps) {
  const label = labelOf(connection);
  return (
    <li>
      <span>
        <strong>{name}</strong> <small>{label}</small>
      </span>
      <button
        type="button"
        className="secondary"
        onClick={() => onDisconnect(connection)}
        disabled={busy !== null}
        aria-label={`Disconnect ${name} account ${label}`}
      >
        Disconnect
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => profile.show(connection)}
        aria-label={`Profile at ${name} of ${label}`}
      >
        Profile
      </button>
      {profile.shown?.connectionId === connection.id && (
        <pre className="provider-profile" aria-label="Profile from the provider">
          {JSON.stringify(profile.shown.profile.profile, null, 2)}
        </pre>
      )}
    </li>
  );
}

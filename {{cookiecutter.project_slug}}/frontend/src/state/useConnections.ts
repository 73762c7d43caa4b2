import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../auth";
import { disconnect, fetchConnections, type Connection, type Provider } from "../lib/api";
import { useSession } from "./session";

export interface ConnectionsState {
  /** The accounts that can sign the user in (null while loading). */
  connections: Connection[] | null;
  connect: (provider: Provider) => void;
  remove: (connection: Connection) => void;
}

/** The signed-in user's connected accounts: list, connect another, disconnect. */
export function useConnections(): ConnectionsState {
  const { notice, start, setBusy } = useSession();
  const { say, fail, alert } = notice;
  const [connections, setConnections] = useState<Connection[] | null>(null);
  const load = useCallback(() => fetchConnections().then(setConnections), []);
  useEffect(() => {
    load().catch(fail);
  }, [load, fail]);

  // The API answers a connect the same way whether the account was linked just now or before:
  // the list of connections, before and after, tells the two apart.
  const connect = (provider: Provider) => {
    const before = new Set((connections ?? []).map((connection) => connection.id));
    void start(provider, "connect").then(async (connected) => {
      if (!connected) return;
      const list = await fetchConnections().catch(fail);
      if (!list) return;
      setConnections(list);
      const added = list.some((connection) => !before.has(connection.id));
      say(added ? `${provider.name} is now connected.` : alreadyConnected(provider));
    });
  };

  const remove = (connection: Connection) => {
    setBusy(`connection-${connection.id}`);
    disconnect(connection.id)
      .then(() => load())
      .then(() => say("Account disconnected."))
      // 409: the last way to sign in; the API explains why.
      .catch((reason: unknown) =>
        reason instanceof ApiError && reason.status === 409 ? alert(reason.message) : fail(reason),
      )
      .finally(() => setBusy(null));
  };

  return { connections, connect, remove };
}

const alreadyConnected = (provider: Provider) =>
  `That ${provider.name} account was already connected.`;

import { useState } from "react";
import type { Connection } from "../lib/api";
import { fetchProviderProfile, type ProviderProfile } from "../lib/providerProfile";
import { useSession } from "./session";

export interface ProviderProfileState {
  /** The last profile read, with the connection it belongs to. */
  shown: { connectionId: number; profile: ProviderProfile } | null;
  show: (connection: Connection) => void;
}

/** Reads a connected account's profile from its provider, through the API, which calls the
 * provider with the stored token (renewed when expired). A refusal (e.g. reconsent_required:
 * connect the account again) is shown as the app's notice. */
export function useProviderProfile(): ProviderProfileState {
  const { fail } = useSession().notice;
  const [shown, setShown] = useState<ProviderProfileState["shown"]>(null);
  const show = (connection: Connection) => {
    fetchProviderProfile(connection.id)
      .then((profile) => setShown({ connectionId: connection.id, profile }))
      .catch((reason: unknown) => {
        setShown(null);
        fail(reason);
      });
  };
  return { shown, show };
}

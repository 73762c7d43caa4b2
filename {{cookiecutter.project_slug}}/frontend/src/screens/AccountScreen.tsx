import { AccountNav } from "../components/AccountNav";
import { Connections } from "../components/Connections";
import { ProfileCard } from "../components/ProfileCard";
import { ProfileForm } from "../components/ProfileForm";
import { useConnections } from "../state/useConnections";
import { useProviderProfile } from "../state/useProviderProfile";
import { useSession } from "../state/session";

/** The account center's first page: the profile (and its form) and the connected accounts.
 * Loaded on demand (routes.tsx); the other pages are in AccountNav. */
export default function AccountScreen() {
  const { session, providers, busy } = useSession();
  const { connections, connect, remove } = useConnections();
  const profile = useProviderProfile();
  if (session.status !== "signedIn") return null;
  return (
    <>
      <h1 className="visually-hidden">Your account</h1>
      <AccountNav />
      <ProfileCard user={session.user} />
      <ProfileForm user={session.user} />
      <Connections
        connections={connections}
        providers={providers ?? []}
        busy={busy}
        onConnect={connect}
        onDisconnect={remove}
        profile={profile}
      />
    </>
  );
}

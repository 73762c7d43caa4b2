import { Connections } from "../components/Connections";
import { ProfileCard } from "../components/ProfileCard";
import { useConnections } from "../state/useConnections";
import { useSession } from "../state/session";

/** The account center: the profile and the connected accounts. Loaded on demand (routes.tsx). */
export default function AccountScreen() {
  const { session, providers, busy } = useSession();
  const { connections, connect, remove } = useConnections();
  if (session.status !== "signedIn") return null;
  return (
    <>
      <h1 className="visually-hidden">Your account</h1>
      <ProfileCard user={session.user} />
      <Connections
        connections={connections}
        providers={providers ?? []}
        busy={busy}
        onConnect={connect}
        onDisconnect={remove}
      />
    </>
  );
}

import { AccountNav } from "../components/AccountNav";
import { SignInList } from "../components/SignInList";
import { useSignIns } from "../state/useSignIns";

/** "Where you're signed in": every sign-in of the user, and signing them out. */
export default function SignInsScreen() {
  const { signIns, pending, endOne, endOthers, endAll } = useSignIns();
  return (
    <>
      <AccountNav />
      <section className="card" aria-labelledby="sign-ins-heading">
        <h1 id="sign-ins-heading">Where you're signed in</h1>
        {signIns === null ? (
          <p>Loading…</p>
        ) : (
          <SignInList signIns={signIns} pending={pending} onEnd={endOne} />
        )}
        <p className="actions">
          <button
            type="button"
            className="secondary"
            onClick={endOthers}
            disabled={pending || (signIns?.length ?? 0) < 2}
          >
            Sign out everywhere else
          </button>
          <button type="button" className="danger" onClick={endAll} disabled={pending}>
            Sign out everywhere
          </button>
        </p>
      </section>
    </>
  );
}

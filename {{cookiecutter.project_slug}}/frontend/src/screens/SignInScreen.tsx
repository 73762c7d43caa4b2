import { Redirect, useSearch } from "wouter";
import { safeReturnPath } from "../auth";
import { ProviderButtons } from "../components/ProviderButtons";
import { useSession } from "../state/session";

/** Where signed-out users land: one brand button per provider. Signed in, it goes on to `next`. */
export default function SignInScreen() {
  const { session, providers, busy, start } = useSession();
  // Only a path of this origin: `?next=` is anyone's to write.
  const next = safeReturnPath(new URLSearchParams(useSearch()).get("next") ?? "/account");
  if (session.status === "signedIn") return <Redirect to={next} replace />;
  return (
    <section aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in to {document.title}</h1>
      {providers?.length === 0 && (
        <p>No sign-in method is configured. Add a provider's keys to backend/.env.</p>
      )}
      {providers && session.status === "signedOut" && (
        <ProviderButtons
          providers={providers}
          busy={busy}
          label={(provider) => `Continue with ${provider.name}`}
          onPick={(provider) => void start(provider, "login", next)}
        />
      )}
    </section>
  );
}

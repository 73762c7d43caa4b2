import { useCallback, useEffect, useRef, useState } from "react";
import {
  ApiError,
  SignInCancelledError,
  authFetch,
  clearAccessToken,
  refreshAccessToken,
  setAccessToken,
  signIn,
} from "./auth";
import { Connections } from "./components/Connections";
import { ProfileCard } from "./components/ProfileCard";
import { ProviderButtons } from "./components/ProviderButtons";
import {
  disconnect,
  fetchConnections,
  fetchMe,
  fetchProviders,
  logout,
  type Connection,
  type Provider,
  type User,
} from "./lib/api";
import { CookieRefusedError, confirmSignInCookie } from "./lib/cookieCheck";
import { errorMessage } from "./lib/errorMessages";

type Session = { status: "loading" } | { status: "signedOut" } | { status: "signedIn"; user: User };

const isJwt = import.meta.env.VITE_AUTH_MODE !== "session";

/** The signed-in user, or null when nobody is (jwt: after a silent refresh). */
async function restoreSession(): Promise<User | null> {
  if (isJwt && !(await refreshAccessToken())) return null;
  try {
    return await fetchMe();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function App() {
  // index.html's <title> carries the project name.
  const projectName = document.title;
  const [session, setSession] = useState<Session>({ status: "loading" });
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [connections, setConnections] = useState<Connection[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("Loading…");
  const [error, setError] = useState<string | null>(null);
  const attempt = useRef(0);

  useEffect(() => {
    let live = true;
    fetchProviders()
      .then((list) => {
        if (live) setProviders(list);
        return restoreSession();
      })
      .then((user) => {
        if (!live) return;
        setSession(user ? { status: "signedIn", user } : { status: "signedOut" });
        setStatus(user ? `Signed in as ${user.username}.` : "");
      })
      .catch((reason: unknown) => {
        if (!live) return;
        setSession({ status: "signedOut" });
        setStatus("");
        setError(errorMessage(reason));
      });
    return () => {
      live = false;
    };
  }, []);

  const signedIn = session.status === "signedIn";
  const loadConnections = useCallback(() => {
    fetchConnections().then(setConnections, (reason: unknown) => setError(errorMessage(reason)));
  }, []);
  useEffect(() => {
    if (signedIn) loadConnections();
  }, [signedIn, loadConnections]);

  // The API answers a connect the same way whether the account was linked just now or before:
  // the list of connections, before and after, tells the two apart.
  const reportConnected = (provider: Provider, before: ReadonlySet<number>) => {
    fetchConnections().then(
      (list) => {
        setConnections(list);
        const added = list.some((connection) => !before.has(connection.id));
        setStatus(
          added
            ? `${provider.name} is now connected.`
            : `That ${provider.name} account was already connected.`,
        );
      },
      (reason: unknown) => setError(errorMessage(reason)),
    );
  };

  /** Signs out at the API (jwt: by the access token when the cookie is missing) and here. */
  const endSignIn = (): Promise<unknown> =>
    logout()
      .catch(() => undefined) // signed out locally either way
      .finally(() => {
        clearAccessToken();
        setConnections(null);
        setSession({ status: "signedOut" });
      });

  // Must run straight from the click: signIn opens the popup before awaiting anything.
  const start = (provider: Provider, intent: "login" | "connect") => {
    const mine = ++attempt.current;
    const connectedBefore = new Set((connections ?? []).map((connection) => connection.id));
    setError(null);
    setBusy(provider.id);
    setStatus(
      intent === "login" ? `Signing in with ${provider.name}…` : `Connecting ${provider.name}…`,
    );
    signIn<User>(provider.id, { intent, fetch: authFetch })
      .then(async (result) => {
        if (result.access) setAccessToken(result.access);
        if (intent === "login") await confirmSignInCookie();
        return result;
      })
      .then(({ user, isNew }) => {
        if (intent === "connect") {
          reportConnected(provider, connectedBefore);
        } else {
          setSession({ status: "signedIn", user });
          setStatus(isNew ? `Welcome, ${user.username}!` : `Signed in as ${user.username}.`);
        }
      })
      .catch((reason: unknown) => {
        if (reason instanceof SignInCancelledError) return; // a newer attempt took over
        if (reason instanceof CookieRefusedError) void endSignIn();
        setStatus("");
        setError(errorMessage(reason));
      })
      .finally(() => {
        if (attempt.current === mine) setBusy(null);
      });
  };

  const remove = (connection: Connection) => {
    setError(null);
    setBusy(`connection-${connection.id}`);
    disconnect(connection.id)
      .then(() => {
        setStatus("Account disconnected.");
        loadConnections();
      })
      .catch((reason: unknown) =>
        // 409: the last way to sign in; the API explains why.
        setError(
          reason instanceof ApiError && reason.status === 409
            ? reason.message
            : errorMessage(reason),
        ),
      )
      .finally(() => setBusy(null));
  };

  const signOut = () => {
    setBusy("logout");
    void endSignIn().finally(() => {
      setError(null); // an error about the session just ended no longer applies
      setStatus("Signed out.");
      setBusy(null);
    });
  };

  return (
    <main className="app">
      <header>
        <h1>{signedIn ? projectName : `Sign in to ${projectName}`}</h1>
        {signedIn && (
          <button type="button" className="secondary" onClick={signOut} disabled={busy !== null}>
            Log out
          </button>
        )}
      </header>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {session.status === "signedOut" &&
        providers &&
        (providers.length === 0 ? (
          <p>No sign-in method is configured. Add a provider's keys to backend/.env.</p>
        ) : (
          <ProviderButtons
            providers={providers}
            busy={busy}
            label={(provider) => `Continue with ${provider.name}`}
            onPick={(provider) => start(provider, "login")}
          />
        ))}
      {session.status === "signedIn" && (
        <>
          <ProfileCard user={session.user} />
          <Connections
            connections={connections}
            providers={providers ?? []}
            busy={busy}
            onConnect={(provider) => start(provider, "connect")}
            onDisconnect={remove}
          />
        </>
      )}
    </main>
  );
}

import { useEffect, useRef, useState } from "react";
import { SignInCancelledError, authFetch, clearAccessToken, setAccessToken, signIn } from "../auth";
import { fetchProviders, logout, type Provider, type User } from "../lib/api";
import { CookieRefusedError, confirmSignInCookie } from "../lib/cookieCheck";
import { restoreSession } from "./restoreSession";
import type { Intent, Session, SessionState } from "./session";
import { useNotice } from "./useNotice";

/** Owns the session: restores it on load, signs in and out. App puts it in SessionContext. */
export function useSessionState(): SessionState {
  const notice = useNotice();
  const [session, setSession] = useState<Session>({ status: "loading" });
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const attempt = useRef(0);
  useRestore(setSession, setProviders, notice);

  const start = (provider: Provider, intent: Intent, returnTo?: string): Promise<boolean> => {
    const mine = ++attempt.current;
    setBusy(provider.id);
    notice.say(
      intent === "login" ? `Signing in with ${provider.name}…` : `Connecting ${provider.name}…`,
    );
    return signInOnce(provider.id, intent, returnTo)
      .then(({ user, isNew }) => {
        if (intent === "login") {
          setSession({ status: "signedIn", user });
          notice.say(isNew ? `Welcome, ${user.username}!` : `Signed in as ${user.username}.`);
        }
        return true;
      })
      .catch((reason: unknown) => {
        if (reason instanceof SignInCancelledError) return false; // a newer attempt took over
        if (reason instanceof CookieRefusedError) void endSignIn(setSession);
        notice.fail(reason);
        return false;
      })
      .finally(() => attempt.current === mine && setBusy(null));
  };

  const signOut = () => {
    setBusy("logout");
    void endSignIn(setSession).finally(() => {
      notice.say("Signed out."); // an error about the session just ended no longer applies
      setBusy(null);
    });
  };

  const setUser = (user: User) => setSession({ status: "signedIn", user });
  const signedOut = (status: string) => forget(setSession, () => notice.say(status));

  return { session, providers, busy, setBusy, notice, start, signOut, setUser, signedOut };
}

/** Signs out at the API (jwt: by the access token when the cookie is missing) and here. */
function endSignIn(setSession: (session: Session) => void): Promise<unknown> {
  return logout()
    .catch(() => undefined) // signed out locally either way
    .finally(() => forget(setSession));
}

/** Forgets the sign-in here: the API has ended it (or was just asked to). */
function forget(setSession: (session: Session) => void, then?: () => void): void {
  clearAccessToken();
  setSession({ status: "signedOut" });
  then?.();
}

/** signIn() with the app's fetch, keeping the access token (jwt) and checking that the sign-in
 * cookie comes back. */
async function signInOnce(provider: string, intent: Intent, returnTo?: string) {
  const result = await signIn<User>(provider, { intent, fetch: authFetch, returnTo });
  if (result.access) setAccessToken(result.access);
  if (intent === "login") await confirmSignInCookie();
  return result;
}

/** On load: the providers, then who is signed in. */
function useRestore(
  setSession: (session: Session) => void,
  setProviders: (providers: Provider[]) => void,
  { say, fail }: SessionState["notice"],
): void {
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
        say(user ? `Signed in as ${user.username}.` : "");
      })
      .catch((reason: unknown) => {
        if (!live) return;
        setSession({ status: "signedOut" });
        fail(reason);
      });
    return () => {
      live = false;
    };
  }, [setSession, setProviders, say, fail]);
}

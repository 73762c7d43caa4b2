import { createContext, useContext } from "react";
import type { Provider, User } from "../lib/api";
import type { Notice } from "./useNotice";

export type Session =
  { status: "loading" } | { status: "signedOut" } | { status: "signedIn"; user: User };

export type Intent = "login" | "connect";

/** The app's sign-in state and what can be done with it; see useSessionState. */
export interface SessionState {
  session: Session;
  /** The configured providers (null until the API answered). */
  providers: Provider[] | null;
  /** What is in progress: a provider id, `connection-<id>` or `logout`; null when idle. */
  busy: string | null;
  setBusy: (busy: string | null) => void;
  notice: Notice;
  /** Signs in with (or connects) `provider`; resolves true when it worked. Call it straight from
   * a click: the popup opens before anything is awaited. */
  start: (provider: Provider, intent: Intent, returnTo?: string) => Promise<boolean>;
  signOut: () => void;
  /** Shows the user as the API now describes them (after a profile edit). */
  setUser: (user: User) => void;
  /** Forgets a sign-in the API has already ended (sign out everywhere, account deleted). */
  signedOut: (status: string) => void;
}

export const SessionContext = createContext<SessionState | null>(null);

/** The session state of the nearest SessionProvider (App). */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession() outside <SessionContext>");
  return state;
}

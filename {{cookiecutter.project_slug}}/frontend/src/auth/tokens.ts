import type { AccessTokens } from "./mode/authMode";
import {
  requestAccessToken,
  resumeSignIn as resumeSignInOf,
  sendSignedIn,
  signInCookieReturns as signInCookieReturnsOf,
} from "./mode/chosen";

/**
 * The access token, in this module's memory only, never in Web Storage: jwt mode keeps one here
 * (its refresh token is an HttpOnly cookie the page cannot read); session mode holds none.
 */

/** Refresh this long before the access token expires. */
const EARLY_MS = 30_000;

let accessToken: string | null = null;
let refreshing: Promise<string | null> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

export const getAccessToken = (): string | null => accessToken;

/** Seconds-since-epoch `exp` claim of a JWT, or null when it has none. */
export function expiryOf(token: string): number | null {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : null;
  } catch {
    return null;
  }
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  clearTimeout(refreshTimer);
  const exp = token ? expiryOf(token) : null;
  if (exp === null) return;
  const lifetime = exp * 1000 - Date.now();
  // Short-lived tokens are renewed at half-life instead.
  const delay = Math.max(0, lifetime > 2 * EARLY_MS ? lifetime - EARLY_MS : lifetime / 2);
  refreshTimer = setTimeout(() => void refreshAccessToken().catch(() => undefined), delay);
}

/**
 * Trades the refresh cookie for a new access token; resolves null when signed out. Concurrent
 * callers share the one request in flight (the server rotates the cookie: two parallel refreshes
 * would look like token reuse).
 */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= requestAccessToken()
    .then((access) => {
      setAccessToken(access);
      return access;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** The token store, for the auth mode's code that uses it. */
const accessTokens: AccessTokens = {
  current: getAccessToken,
  set: setAccessToken,
  refresh: refreshAccessToken,
};

/** fetch() for the API with the signed-in user's credentials: the access token (jwt), retried
 * once after a refresh on 401, or the CSRF header of an unsafe request (session). */
export function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const target = typeof input === "string" ? new URL(input, location.href) : input;
  return sendSignedIn(new Request(target, { credentials: "include", ...init }), accessTokens);
}

/** Right after a sign-in, whether its cookie comes back to the API (jwt: the refresh cookie,
 * session: the session cookie, which `fetchMe` sends). */
export const signInCookieReturns = (fetchMe: () => Promise<unknown>): Promise<boolean> =>
  signInCookieReturnsOf(accessTokens, fetchMe);

/** At startup, whether the browser may still be signed in (jwt: after a silent refresh). */
export const resumeSignIn = (): Promise<boolean> => resumeSignInOf(accessTokens);

/** Forget the access token (after logout). */
export function clearAccessToken(): void {
  setAccessToken(null);
}

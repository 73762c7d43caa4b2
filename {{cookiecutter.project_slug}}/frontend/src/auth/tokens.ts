import { ApiError } from "./errors";
import { withCsrf } from "./http";
import { refreshAccess } from "./refresh";

/**
 * jwt mode: the access token lives in this module's memory only, never in Web Storage; the
 * refresh token is an HttpOnly cookie the page cannot read. Session mode: nothing to hold, only
 * the CSRF header to add.
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
  refreshing ??= requestRefresh()
    .then((access) => {
      setAccessToken(access);
      return access;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One refresh; a 429 is tried again after `Retry-After` (at least 1 s), since being throttled
 * says nothing about the sign-in: treating it as signed out would drop a valid session. */
async function requestRefresh(): Promise<string | null> {
  // Session builds have no refresh endpoint (nor this code: the check is a build-time constant).
  if (import.meta.env.VITE_AUTH_MODE === "session") return null;
  for (;;) {
    try {
      return await refreshAccess();
    } catch (error: unknown) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      if (error.status !== 429) return null;
      await sleep(Math.max(1, error.retryAfter ?? 1) * 1000);
    }
  }
}

/**
 * fetch() for the API: adds the access token (jwt) or the CSRF header (session), and in jwt mode
 * retries a 401 once after a refresh.
 */
export async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const target = typeof input === "string" ? new URL(input, location.href) : input;
  const request = new Request(target, { credentials: "include", ...init });
  const send = (token: string | null): Promise<Response> => {
    const attempt = request.clone();
    if (token) attempt.headers.set("Authorization", `Bearer ${token}`);
    return fetch(attempt);
  };
  if (import.meta.env.VITE_AUTH_MODE === "session") {
    return withCsrf(request.method, new Headers(request.headers), (headers) =>
      fetch(new Request(request.clone(), { headers })),
    );
  }
  const response = await send(accessToken);
  if (response.status !== 401) return response;
  const token = await refreshAccessToken();
  return token ? send(token) : response;
}

/** Forget the access token (after logout). */
export function clearAccessToken(): void {
  setAccessToken(null);
}

import { ApiError } from "../../errors";
import type { SignedInMode } from "../authMode";
import { refreshAccess } from "./refresh";

/** jwt mode: the access token lives in tokens.ts's memory only, never in Web Storage; the refresh
 * token is an HttpOnly cookie the page cannot read. */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The app's tabs share the refresh cookie: two refreshing at once with the same cookie spend it
 * twice, and past the server's one grace answer that ends the sign-in (a browser restoring
 * several tabs). A Web Lock, shared by the origin's tabs, makes them take turns: each sends the
 * cookie the previous one got back. Browsers without Web Locks refresh as before. */
const inTurn = <T>(task: () => Promise<T>): Promise<T> =>
  "locks" in navigator ? navigator.locks.request("refresh-token", task) : task();

/** A 429 is tried again after `Retry-After` (at least 1 s), since being throttled says nothing
 * about the sign-in: treating it as signed out would drop a valid session. */
export const requestAccessToken: SignedInMode["requestAccessToken"] = async () => {
  for (;;) {
    try {
      return await inTurn(refreshAccess);
    } catch (error: unknown) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      if (error.status !== 429) return null;
      await sleep(Math.max(1, error.retryAfter ?? 1) * 1000);
    }
  }
};

/** Adds the access token; a 401 (the token expired) is retried once after a refresh. */
export const sendSignedIn: SignedInMode["sendSignedIn"] = async (request, tokens) => {
  const send = (token: string | null): Promise<Response> => {
    const attempt = request.clone();
    if (token) attempt.headers.set("Authorization", `Bearer ${token}`);
    return fetch(attempt);
  };
  const response = await send(tokens.current());
  if (response.status !== 401) return response;
  const token = await tokens.refresh();
  return token ? send(token) : response;
};

/** The refresh cookie must come back: a refresh says so. */
export const signInCookieReturns: SignedInMode["signInCookieReturns"] = async (tokens) => {
  const access = tokens.current();
  if (await tokens.refresh()) return true;
  // Kept for the logout that follows: it ends the sign-in by this token's family.
  tokens.set(access);
  return false;
};

/** Signed in when the refresh cookie still gives an access token. */
export const resumeSignIn: SignedInMode["resumeSignIn"] = async (tokens) =>
  Boolean(await tokens.refresh());

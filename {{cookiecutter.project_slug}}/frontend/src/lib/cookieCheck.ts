import { signInCookieReturns } from "../auth";
import { fetchMe } from "./api";

/** The browser refused the API's sign-in cookie: the SPA and the API are on different sites
 * (docs/deployment.md), or the user blocks cookies. */
export class CookieRefusedError extends Error {
  override name = "CookieRefusedError";
}

/**
 * Right after a sign-in, checks that its cookie comes back to the API (jwt: the refresh cookie,
 * session: the session cookie); throws CookieRefusedError when it does not. Without this the
 * user would look signed in until the next reload, then silently be signed out.
 */
export async function confirmSignInCookie(): Promise<void> {
  if (!(await signInCookieReturns(fetchMe))) throw new CookieRefusedError();
}

/**
 * What differs between the auth modes, chosen when the project was generated: each mode's folder
 * implements it, and chosen.ts is the one file that imports a mode (the generator points it at
 * the chosen one and deletes the other). Two halves, because callback.html loads the first only
 * and has a size budget (scripts/check-budgets.js): the build keeps the second with the token
 * store, out of the callback page's chunk (vite.config.ts).
 */

import type { CallbackMessage } from "../callbackMessage";
import type { PendingRedirect } from "../pendingRedirect";

/** Sends a request with the headers given (which it may add to). */
export type Send = (headers: Headers) => Promise<Response>;

/** How the mode's requests go out: the popup, the callback page and the app send them. */
export interface RequestMode {
  /** Sends a request to the API as the mode needs it sent: session adds its CSRF header to an
   * unsafe one; jwt sends it as it is (its bearer token is SignedInMode's). */
  sendToApi(method: string, headers: Headers, send: Send): Promise<Response>;
  /** The seconds an error answer's Retry-After asks to wait, when the mode waits for it. */
  retryAfter(response: Response): number | undefined;
  /** Completes the sign-in from the callback page, after a full-page redirect. */
  finishRedirect(pending: PendingRedirect, message: CallbackMessage): Promise<unknown>;
}

/** tokens.ts's in-memory access token, for the mode that has one (jwt). */
export interface AccessTokens {
  current(): string | null;
  set(token: string | null): void;
  /** A new access token, or null when signed out; shared among concurrent callers. */
  refresh(): Promise<string | null>;
}

/** How the mode keeps the user signed in: the app's page only. */
export interface SignedInMode {
  /** One attempt at a new access token; null when there is none to have. */
  requestAccessToken(): Promise<string | null>;
  /** Sends a request with the signed-in user's credentials. */
  sendSignedIn(request: Request, tokens: AccessTokens): Promise<Response>;
  /** Right after a sign-in: whether its cookie comes back to the API. */
  signInCookieReturns(tokens: AccessTokens, fetchMe: () => Promise<unknown>): Promise<boolean>;
  /** At startup: whether the browser may still be signed in (then the app asks who). */
  resumeSignIn(tokens: AccessTokens): Promise<boolean>;
}

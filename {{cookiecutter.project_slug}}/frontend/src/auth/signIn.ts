import { PopupBlockedError } from "./errors";
import { begin, complete, type Intent } from "./flow";
import { clearPendingRedirect } from "./pendingRedirect";
import { openPopup, waitForAnswer } from "./popupWindow";
import { startRedirect } from "./redirect";

export interface SignInOptions {
  /** "connect" links the provider to the signed-in user instead of signing in. */
  intent?: Intent;
  /** Give up after this long (default: 5 minutes). */
  timeoutMs?: number;
  /** When the popup is blocked, sign in through a full-page redirect (default: true). */
  redirectFallback?: boolean;
  /** Where the redirect fallback comes back to (default: the current path). */
  returnTo?: string;
  /** Used for the API calls, e.g. one that adds the access token (connect in jwt mode). */
  fetch?: typeof fetch;
}

export interface SignInResult<User = unknown> {
  user: User;
  isNew: boolean;
  /** jwt mode: the access token, to keep in memory. */
  access?: string;
}

/**
 * Signs in with `provider` in a popup, or through a full-page redirect when the popup is
 * blocked. Call it straight from a click handler: the popup is opened before anything is
 * awaited, which popup blockers and iOS require.
 *
 * Resolves with the user; rejects with PopupClosedError, PopupBlockedError, AuthTimeoutError,
 * SignInCancelledError (a newer call replaced this one) or ApiError (the API refused).
 */
export function signIn<User = unknown>(
  provider: string,
  options: SignInOptions = {},
): Promise<SignInResult<User>> {
  // A stale redirect record would be copied into the popup's sessionStorage.
  clearPendingRedirect();
  const popup = openPopup();
  if (!popup && options.redirectFallback === false) {
    return Promise.reject(new PopupBlockedError());
  }
  const started = begin(provider, options.intent ?? "login", options.fetch);
  if (!popup) return startRedirect(provider, started, options.returnTo);
  return waitForAnswer(popup, started, options.timeoutMs ?? 5 * 60_000)
    .then(async (message) => complete<User>(provider, (await started).flow, message, options.fetch))
    .then(({ user, is_new, access }) => ({ user, isNew: is_new, access }));
}

import { CHANNEL_NAME, MESSAGE_TYPE, type CallbackMessage } from "./constants";
import {
  AuthTimeoutError,
  PopupBlockedError,
  PopupClosedError,
  SignInCancelledError,
} from "./errors";
import { begin, complete, type Intent } from "./flow";
import { clearPendingRedirect, savePendingRedirect } from "./pendingRedirect";
import { safeReturnPath } from "./returnPath";

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

const WINDOW_NAME = "social-login";
// Browsers place a sized popup over the current window; centring it is not worth the bytes.
const WINDOW_FEATURES = "popup,width=500,height=640";
const POLL_MS = 250;
// Polls a closed popup gets for its callback's message to arrive.
const CLOSED_POLLS = 2;

let cancelPrevious: ((error: Error) => void) | null = null;

/** The value the callback must echo: `state`, or OAuth 1.0a's `oauth_token`. */
function expectedKey(authorizationUrl: string): [keyof CallbackMessage, string] | null {
  const params = new URL(authorizationUrl).searchParams;
  const state = params.get("state");
  if (state) return ["state", state];
  const token = params.get("oauth_token");
  return token ? ["oauth_token", token] : null;
}

/**
 * Signs in with `provider` in a popup. Call it straight from a click handler: the popup is opened
 * before anything is awaited, which popup blockers and iOS require.
 *
 * Resolves with the user; rejects with PopupClosedError, PopupBlockedError, AuthTimeoutError,
 * SignInCancelledError (a newer call replaced this one) or ApiError (the API refused).
 */
export function signIn<User = unknown>(
  provider: string,
  options: SignInOptions = {},
): Promise<SignInResult<User>> {
  cancelPrevious?.(new SignInCancelledError());
  // A stale redirect record would be copied into the popup's sessionStorage.
  clearPendingRedirect();
  const popup = window.open("", WINDOW_NAME, WINDOW_FEATURES);
  const intent = options.intent ?? "login";

  if (!popup || popup.closed) {
    if (options.redirectFallback === false) {
      return Promise.reject(new PopupBlockedError());
    }
    const returnTo = safeReturnPath(options.returnTo ?? location.pathname + location.search);
    return begin(provider, intent, options.fetch).then(({ authorization_url, flow }) => {
      savePendingRedirect({ flow, provider, returnTo });
      location.assign(authorization_url);
      // The page is going away; this promise never settles.
      return new Promise<never>(() => {});
    });
  }

  return new Promise<SignInResult<User>>((resolve, reject) => {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    let expected: [keyof CallbackMessage, string] | null = null;
    let flow = "";
    let done = false;

    const stop = (error?: Error): void => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      window.removeEventListener("message", onMessage);
      channel.close();
      if (cancelPrevious === stop) cancelPrevious = null;
      if (!popup.closed) popup.close();
      if (error) reject(error);
    };

    const accept = (data: unknown): void => {
      const message = data as Partial<CallbackMessage> | null;
      if (done || !expected || message?.type !== MESSAGE_TYPE) return;
      // OAuth 1.0a names the request token `denied` when the user cancelled.
      if ((message[expected[0]] ?? message.denied) !== expected[1]) return;
      stop();
      complete<User>(provider, flow, message, options.fetch).then(
        ({ user, is_new, access }) => resolve({ user, isNew: is_new, access }),
        reject,
      );
    };

    // Anything not from our own callback page, in our popup, for this flow, is ignored.
    const onMessage = (event: MessageEvent): void => {
      if (event.origin === location.origin && event.source === popup) accept(event.data);
    };
    // BroadcastChannel is same-origin by construction; it has no source, so state decides.
    channel.onmessage = (event: MessageEvent) => accept(event.data);

    // A provider page with a Cross-Origin-Opener-Policy cuts the popup off, and browsers then
    // report it closed although it is still open and focused. So a closed popup counts as
    // closed by the user only once this window has the focus back, and only after a few polls:
    // the callback page posts, then closes itself, and the close can be seen first.
    let closedPolls = 0;
    const poll = setInterval(() => {
      closedPolls = popup.closed && document.hasFocus() ? closedPolls + 1 : 0;
      if (closedPolls > CLOSED_POLLS) stop(new PopupClosedError());
    }, POLL_MS);
    const timer = setTimeout(() => stop(new AuthTimeoutError()), options.timeoutMs ?? 5 * 60_000);

    window.addEventListener("message", onMessage);
    cancelPrevious = stop;

    begin(provider, intent, options.fetch).then(({ authorization_url, flow: token }) => {
      if (done) return;
      flow = token;
      expected = expectedKey(authorization_url);
      popup.location.replace(authorization_url);
    }, stop);
  });
}

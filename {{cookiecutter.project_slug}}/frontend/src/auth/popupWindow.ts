import { CHANNEL_NAME, MESSAGE_TYPE, type CallbackMessage } from "./callbackMessage";
import { AuthTimeoutError, PopupClosedError, SignInCancelledError } from "./errors";

/** The sign-in popup, from the opener's side: open it, send it to the provider, wait for the
 * callback page's answer. Every listener and timer of a wait is undone by one list of cleanups. */

const WINDOW_NAME = "social-login";
// Browsers place a sized popup over the current window; centring it is not worth the bytes.
const WINDOW_FEATURES = "popup,width=500,height=640";

/** Ends the wait of the popup open now: there is one sign-in popup (one window name) at a time. */
let stopCurrent: ((error: Error) => void) | null = null;

/** Opens the blank popup, cancelling an earlier sign-in's; null when the browser blocked it.
 * Call it straight from a click: popup blockers and iOS require that. */
export function openPopup(): Window | null {
  stopCurrent?.(new SignInCancelledError());
  const popup = window.open("", WINDOW_NAME, WINDOW_FEATURES);
  return popup?.closed ? null : popup;
}

/**
 * Sends `popup` to the provider once `authorizationUrl` is known, then resolves with the callback
 * page's answer that echoes its state. Rejects with PopupClosedError, AuthTimeoutError,
 * SignInCancelledError (a newer popup replaced this one) or the error of `authorizationUrl`.
 * However it ends, one list of cleanups undoes every listener and timer and closes the popup.
 */
export function waitForAnswer(
  popup: Window,
  started: Promise<{ authorization_url: string }>,
  timeoutMs: number,
): Promise<CallbackMessage> {
  const cleanups: (() => void)[] = [];
  let expected: string | null = null;
  return new Promise((resolve, reject) => {
    const stop = (error?: Error): void => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (error) reject(error);
    };
    const accept = (message: CallbackMessage | null): void => {
      if (!expected || message?.type !== MESSAGE_TYPE) return;
      // OAuth 1.0a echoes its request token, named `denied` when the user cancelled.
      if ((message.state ?? message.oauth_token ?? message.denied) === expected) {
        stop();
        resolve(message);
      }
    };
    const timer = setTimeout(stop, timeoutMs, new AuthTimeoutError());
    stopCurrent = stop;
    // Every 250 ms; the third poll that sees it closed gives its callback's message time to arrive.
    let closedPolls = 0;
    const poll = setInterval(() => {
      closedPolls = popup.closed && document.hasFocus() ? closedPolls + 1 : 0;
      if (closedPolls > 2) stop(new PopupClosedError());
    }, 250);
    cleanups.push(
      listenForAnswer(popup, accept),
      () => clearInterval(poll),
      () => clearTimeout(timer),
      () => popup.close(),
    );
    started.then(({ authorization_url: url }) => {
      if (!cleanups.length) return;
      // The value the callback must echo: `state`, or OAuth 1.0a's `oauth_token`.
      const params = new URL(url).searchParams;
      expected = params.get("state") ?? params.get("oauth_token");
      popup.location.replace(url);
    }, stop);
  });
}

/** Passes on every message that may be the callback's; returns the cleanup. Window messages
 * count only from our own origin and our popup; BroadcastChannel is same-origin by construction
 * (it has no source: the state decides). */
function listenForAnswer(popup: Window, accept: (message: CallbackMessage) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => accept(event.data);
  const onMessage = (event: MessageEvent): void => {
    if (event.origin === location.origin && event.source === popup) accept(event.data);
  };
  window.addEventListener("message", onMessage);
  return () => {
    window.removeEventListener("message", onMessage);
    channel.close();
  };
}

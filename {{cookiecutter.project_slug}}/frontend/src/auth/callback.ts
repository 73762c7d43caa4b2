import {
  CALLBACK_FIELDS,
  CHANNEL_NAME,
  MESSAGE_TYPE,
  type CallbackMessage,
} from "./callbackMessage";
import { finishRedirect } from "./mode/chosen";
import { takePendingRedirect } from "./pendingRedirect";
import { safeReturnPath } from "./returnPath";

/**
 * The page providers send the browser back to (callback.html). In a popup it relays what the
 * provider sent to the opener and closes; after a full-page redirect (popup blocked) it finishes
 * the sign-in itself and goes back to where the user started. What it says replaces the text of
 * the body, an aria-live region.
 */
export async function handleCallback(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const message: CallbackMessage = { type: MESSAGE_TYPE };
  for (const field of CALLBACK_FIELDS) {
    const value = params.get(field);
    if (value !== null) message[field] = value;
  }
  // The code must not stay in the address bar, the history or a Referer.
  history.replaceState(null, "", location.pathname);
  // Only a full-page redirect leaves a record: signIn() clears it before it opens a popup,
  // which gets a copy of the opener's sessionStorage.
  const pending = takePendingRedirect();
  if (!pending) return relayToOpener(message);
  const back = safeReturnPath(pending.returnTo);
  try {
    await finishRedirect(pending, message);
    location.replace(back);
  } catch (error) {
    const link = document.createElement("a");
    link.href = back;
    link.text = "Back";
    document.body.replaceChildren(`Sign-in failed: ${(error as Error).message} `, link);
  }
}

/** Hands the message to the window that opened the popup, then closes the popup. */
function relayToOpener(message: CallbackMessage): void {
  // Never "*": only a page of our own origin may read the code.
  (window.opener as Window | null)?.postMessage(message, location.origin);
  // For when a provider's Cross-Origin-Opener-Policy cut `window.opener`.
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
  window.close();
  document.body.replaceChildren("You can close this window.");
}

import { CALLBACK_FIELDS, CHANNEL_NAME, MESSAGE_TYPE, type CallbackMessage } from "./constants";
import { complete } from "./flow";
import { postJson } from "./http";
import { takePendingRedirect } from "./pendingRedirect";
import { safeReturnPath } from "./returnPath";

/**
 * The page providers send the browser back to (callback.html). In a popup it hands what the
 * provider sent to the opener and closes; after a full-page redirect (popup blocked) it finishes
 * the sign-in itself and goes back to where the user started.
 */
export async function handleCallback(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // The code must not stay in the address bar, the history or a Referer.
  history.replaceState(null, "", location.pathname);

  const message: CallbackMessage = { type: MESSAGE_TYPE };
  for (const field of CALLBACK_FIELDS) {
    const value = params.get(field);
    if (value !== null) message[field] = value;
  }

  // Only a full-page redirect leaves a record: signIn() clears it before it opens a popup,
  // which gets a copy of the opener's sessionStorage.
  const pending = takePendingRedirect();

  if (!pending) {
    // Never "*": only a page of our own origin may read the code.
    (window.opener as Window | null)?.postMessage(message, location.origin);
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage(message);
    channel.close();
    window.close();
    say("You can close this window.");
    return;
  }

  try {
    let fetcher: typeof fetch | undefined;
    if (import.meta.env.VITE_AUTH_MODE !== "session") {
      // Linking needs the signed-in user: swap the refresh cookie for a token if there is one.
      const access = await postJson<{ access: string }>("/api/auth/token/refresh/", {}).then(
        (body) => body.access,
        () => null,
      );
      if (access) {
        fetcher = (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set("Authorization", `Bearer ${access}`);
          return fetch(input, { ...init, headers });
        };
      }
    }
    await complete(pending.provider, pending.flow, message, fetcher);
    location.replace(safeReturnPath(pending.returnTo));
  } catch (error) {
    const back = document.createElement("a");
    back.href = safeReturnPath(pending.returnTo);
    back.text = "Back";
    say(`Sign-in failed: ${(error as Error).message} `, back);
  }
}

/** Replaces the page's text (the body is an aria-live region). */
function say(...content: (string | Node)[]): void {
  document.body.replaceChildren(...content);
}

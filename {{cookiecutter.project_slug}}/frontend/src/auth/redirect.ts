import type { CallbackMessage } from "./callbackMessage";
import { complete, type BeginResponse } from "./flow";
import { savePendingRedirect, type PendingRedirect } from "./pendingRedirect";
import { refreshAccess } from "./refresh";
import { safeReturnPath } from "./returnPath";

/** The sign-in without a popup: a full-page redirect to the provider (started by signIn when
 * the popup was blocked) and back to the callback page, which finishes it. */

/** Leaves for the provider once the flow `started`; the returned promise never settles, since
 * the page goes away. */
export async function startRedirect(
  provider: string,
  started: Promise<BeginResponse>,
  returnTo = location.pathname + location.search,
): Promise<never> {
  const { authorization_url, flow } = await started;
  savePendingRedirect({ flow, provider, returnTo: safeReturnPath(returnTo) });
  location.assign(authorization_url);
  return new Promise<never>(() => {});
}

/** Completes the sign-in from the callback page. */
export async function finishRedirect(
  pending: PendingRedirect,
  message: CallbackMessage,
): Promise<void> {
  // Read where it is used: the build replaces it with a constant (no jwt code in session builds).
  const fetcher = import.meta.env.VITE_AUTH_MODE === "session" ? undefined : await signedInFetch();
  await complete(pending.provider, pending.flow, message, fetcher);
}

/** jwt: linking needs the signed-in user, so the refresh cookie is swapped for an access token
 * when there is one. (Session mode: the session cookie says who it is.) */
async function signedInFetch(): Promise<typeof fetch | undefined> {
  const access = await refreshAccess().catch(() => null);
  if (!access) return undefined;
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("Authorization", `Bearer ${access}`);
    return fetch(input, { ...init, headers });
  };
}

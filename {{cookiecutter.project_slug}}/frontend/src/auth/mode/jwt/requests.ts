import { complete } from "../../flow";
import type { RequestMode } from "../authMode";
import { refreshAccess } from "./refresh";

/** jwt mode: requests carry a bearer access token, which the refresh cookie renews. */

/** No CSRF header: a bearer token is not sent by the browser on its own, so it cannot be forged
 * into a request from another site. */
export const sendToApi: RequestMode["sendToApi"] = (_method, headers, send) => send(headers);

/** The refresh waits as long as a 429 asks before it tries again (signedIn.ts). */
export const retryAfter: RequestMode["retryAfter"] = (response) => {
  const seconds = Number(response.headers.get("Retry-After") ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
};

/** Connecting an account needs the signed-in user: its access token goes along when the refresh
 * cookie gives one (the callback page has no token store of its own). */
export const finishRedirect: RequestMode["finishRedirect"] = async (pending, message) =>
  complete(pending.provider, pending.flow, message, await signedInFetch());

async function signedInFetch(): Promise<typeof fetch | undefined> {
  const access = await refreshAccess().catch(() => null);
  if (!access) return undefined;
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("Authorization", `Bearer ${access}`);
    return fetch(input, { ...init, headers });
  };
}

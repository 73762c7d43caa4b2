import type { BeginResponse } from "./flow";
import { savePendingRedirect } from "./pendingRedirect";
import { safeReturnPath } from "./returnPath";

/** The sign-in without a popup: a full-page redirect to the provider (started by signIn when
 * the popup was blocked) and back to the callback page, which finishes it (the auth mode's
 * finishRedirect). */

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

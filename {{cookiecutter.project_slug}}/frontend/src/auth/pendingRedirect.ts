/**
 * The redirect fallback's only state: the flow token, the provider and the path to return to.
 * This is the one module allowed to write to Web Storage; no credential is ever stored.
 */

const KEY = "social-login:redirect";

export interface PendingRedirect {
  flow: string;
  provider: string;
  returnTo: string;
}

export function savePendingRedirect(pending: PendingRedirect): void {
  sessionStorage.setItem(KEY, JSON.stringify(pending));
}

export function clearPendingRedirect(): void {
  sessionStorage.removeItem(KEY);
}

/** Reads and removes the pending redirect: a flow token is good for one try only. */
export function takePendingRedirect(): PendingRedirect | null {
  const raw = sessionStorage.getItem(KEY);
  clearPendingRedirect();
  try {
    // Throws on a missing or malformed record, and on one that is not an object.
    const { flow, provider, returnTo } = JSON.parse(raw ?? "") as Partial<PendingRedirect>;
    if (typeof flow === "string" && typeof provider === "string" && typeof returnTo === "string") {
      return { flow, provider, returnTo };
    }
  } catch {
    // Not ours, or tampered with: ignore.
  }
  return null;
}

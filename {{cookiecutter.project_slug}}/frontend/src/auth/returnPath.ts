import { CALLBACK_PATH } from "./callbackMessage";

/**
 * A path on this origin to go back to, or "/". Refuses `//evil.example`, `/\evil.example`,
 * absolute URLs and anything the URL parser would turn into another origin (tabs, newlines),
 * so that a `?next=`-style input can never send the user elsewhere.
 */
export function safeReturnPath(input: unknown): string {
  if (typeof input !== "string" || !input.startsWith("/")) return "/";
  try {
    const url = new URL(input, location.origin);
    const path = url.pathname + url.search + url.hash;
    if (url.origin !== location.origin || path.startsWith("//") || url.pathname === CALLBACK_PATH) {
      return "/";
    }
    return path;
  } catch {
    return "/";
  }
}

/** Why signIn() or an API call failed. Each is its own class so callers can `instanceof`. */

/** The user closed the popup before finishing. */
export class PopupClosedError extends Error {
  override name = "PopupClosedError";
}

/** The browser refused to open the popup and the redirect fallback is off. */
export class PopupBlockedError extends Error {
  override name = "PopupBlockedError";
}

/** No answer from the provider in time. */
export class AuthTimeoutError extends Error {
  override name = "AuthTimeoutError";
}

/** A newer signIn() replaced this one. */
export class SignInCancelledError extends Error {
  override name = "SignInCancelledError";
}

/** The API answered with its JSON error envelope `{"error": {"code", "message", "provider"?}}`. */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly provider?: string,
    /** Seconds to wait before trying again (429 and 503 send `Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

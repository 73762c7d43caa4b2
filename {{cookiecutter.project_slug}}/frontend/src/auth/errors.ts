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

/** The API answered with its JSON error envelope `{"error": {"code", "message", "provider"?}}`.
 * `code` is one of the schema's ErrorCode values (src/api/types.gen.ts), or
 * "unexpected_response" when the answer was not the envelope (a proxy's page, a network cut). */
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

type ErrorBody = { error?: { code?: string; message?: string; provider?: string } } | null;

/** The one reader of the API's error envelope, for the helper's calls and the generated client's:
 * the ApiError of a failed answer, from its status and its parsed body (anything). */
export function apiErrorFrom(status: number, body: unknown, retryAfter?: number): ApiError {
  const error = (body as ErrorBody)?.error;
  return new ApiError(
    status,
    error?.code ?? "unexpected_response",
    error?.message ?? `The server answered ${status}.`,
    error?.provider,
    retryAfter,
  );
}

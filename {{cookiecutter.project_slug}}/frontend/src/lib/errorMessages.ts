import {
  ApiError,
  AuthTimeoutError,
  PopupBlockedError,
  PopupClosedError,
  SignInCancelledError,
} from "../auth";
import type { ErrorCode } from "../api/types.gen";
import { CookieRefusedError } from "./cookieCheck";

/**
 * What to tell a person, for each error code the API answers with. This bake's ErrorCode (the
 * schema's enum, in the generated client) holds its auth mode's codes: the assignment below
 * fails to compile when a code has no message. The codes of the other mode stay listed, so that
 * this file is the same in both.
 */
const MESSAGES = {
  unknown_provider: "This sign-in method is not available.",
  invalid_request: "Something went wrong with that request. Please try again.",
  redirect_uri_not_allowed:
    "This site's address is not on the API's list of allowed sign-in return addresses.",
  invalid_flow: "That sign-in attempt expired or was already used. Please start again.",
  state_mismatch: "That sign-in answer did not belong to this attempt. Please start again.",
  authorization_denied: "Sign-in was cancelled at the provider.",
  provider_refused: "The provider refused this sign-in request. Please try again.",
  invalid_code: "The provider did not accept the sign-in. Please try again.",
  email_in_use:
    "An account with this email already exists. Sign in with the method you used before, then connect this one.",
  identity_in_use: "This account is already connected to another user.",
  login_not_allowed: "This account is not allowed to sign in.",
  provider_unavailable: "The provider is not answering right now. Please try again later.",
  rate_limited: "Too many attempts. Please wait a moment and try again.",
  not_authenticated: "Please sign in first.",
  token_invalid: "Your session has ended. Please sign in again.",
  csrf_failed: "Your session has ended. Please reload the page.",
  origin_not_allowed: "This page may not use the API from where it is served.",
  last_login_method:
    "This is your last way to sign in. Connect another account before removing this one.",
  permission_denied: "You are not allowed to do that.",
  not_found: "That was not found. It may have been removed already.",
  reconsent_required:
    "The provider no longer lets this app act for you, or needs more permissions. Connect this account again.",
  method_not_allowed: "The app asked the API for something it does not do. Please reload the page.",
  server_error: "Something went wrong on our side. Please try again later.",
};
const BY_CODE: Record<ErrorCode, string> = MESSAGES;

const isErrorCode = (code: string): code is ErrorCode =>
  Object.prototype.hasOwnProperty.call(BY_CODE, code);

export function errorMessage(error: unknown): string {
  if (error instanceof PopupClosedError) return "The sign-in window was closed before finishing.";
  if (error instanceof PopupBlockedError)
    return "Your browser blocked the sign-in window. Allow pop-ups for this site and try again.";
  if (error instanceof AuthTimeoutError) return "Signing in took too long. Please try again.";
  if (error instanceof SignInCancelledError) return "The previous sign-in was replaced.";
  if (error instanceof CookieRefusedError)
    return "Your browser refused this site's sign-in cookie, so you cannot stay signed in. Allow cookies for this site; if that does not help, the app and its API are on different sites, which the site's operator must fix.";
  if (error instanceof ApiError) {
    return isErrorCode(error.code) ? BY_CODE[error.code] : error.message;
  }
  if (error instanceof TypeError) return "Cannot reach the server. Check your connection.";
  return "Something went wrong. Please try again.";
}

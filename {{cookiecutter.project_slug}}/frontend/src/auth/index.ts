/** The framework-free sign-in helper: no React (or any framework) import below this folder. */
export { CALLBACK_PATH, CHANNEL_NAME, MESSAGE_TYPE, type CallbackMessage } from "./callbackMessage";
export {
  ApiError,
  AuthTimeoutError,
  PopupBlockedError,
  PopupClosedError,
  SignInCancelledError,
} from "./errors";
export { signIn, type SignInOptions, type SignInResult } from "./signIn";
export {
  authFetch,
  clearAccessToken,
  getAccessToken,
  refreshAccessToken,
  resumeSignIn,
  setAccessToken,
  signInCookieReturns,
} from "./tokens";
export { safeReturnPath } from "./returnPath";
export { apiUrl, readJson } from "./http";

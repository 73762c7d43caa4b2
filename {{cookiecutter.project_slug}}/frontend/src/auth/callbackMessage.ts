/** The message the callback page (callback.ts) hands the opener (popupWindow.ts): its type, its
 * fields and the ways it travels. */

/** Where providers send the browser back: served from callback.html. */
export const CALLBACK_PATH = "/auth/callback";

/** Same-origin channel used when a Cross-Origin-Opener-Policy cut `window.opener`. */
export const CHANNEL_NAME = "social-login";

/** `type` of the message the callback page sends to the opener. */
export const MESSAGE_TYPE = "social-login:callback";

/** Query parameters a provider may send back; everything else is dropped. */
export const CALLBACK_FIELDS = [
  "code",
  "state",
  "error",
  "error_description",
  "oauth_token",
  "oauth_verifier",
  "denied",
] as const;

export type CallbackField = (typeof CALLBACK_FIELDS)[number];

/** What the callback page posts: `{type, code, state}`, `{type, error, error_description,
 * state}` or, for OAuth 1.0a, `{type, oauth_token, oauth_verifier}` (`{type, denied}` when the
 * user cancelled, `denied` holding the oauth_token). */
export type CallbackMessage = { type: typeof MESSAGE_TYPE } & Partial<
  Record<CallbackField, string>
>;

export const callbackUri = (): string => location.origin + CALLBACK_PATH;

import { CALLBACK_FIELDS, callbackUri, type CallbackMessage } from "./callbackMessage";
import { postJson } from "./http";

/** The two API calls of a login flow, shared by the popup helper and the callback page. */

export type Intent = "login" | "connect";

export interface BeginResponse {
  authorization_url: string;
  flow: string;
}

export interface CompleteResponse<User> {
  user: User;
  is_new: boolean;
  access?: string;
}

const flowPath = (provider: string, step: "begin" | "complete"): string =>
  `/api/auth/social/${encodeURIComponent(provider)}/${step}/`;

export function begin(
  provider: string,
  intent: Intent,
  fetcher?: typeof fetch,
): Promise<BeginResponse> {
  return postJson<BeginResponse>(
    flowPath(provider, "begin"),
    { redirect_uri: callbackUri(), intent },
    fetcher,
  );
}

/** Sends what the provider sent back (a code, its error, or OAuth 1.0a's token and verifier);
 * a provider's `error` becomes `authorization_denied` on the API side. */
export function complete<User>(
  provider: string,
  flow: string,
  message: Partial<CallbackMessage>,
  fetcher?: typeof fetch,
): Promise<CompleteResponse<User>> {
  const body: Record<string, string> = { flow, redirect_uri: callbackUri() };
  for (const field of CALLBACK_FIELDS) {
    const value = message[field];
    if (typeof value === "string") body[field] = value;
  }
  return postJson<CompleteResponse<User>>(flowPath(provider, "complete"), body, fetcher);
}

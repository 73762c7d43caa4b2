import type { RequestMode, SignedInMode } from "../../src/auth/mode/authMode";

/**
 * A stand-in for src/auth/mode/chosen.ts in the tests of the app and the popup, whichever auth
 * mode the project has (tests/auth/mode/ tests the real one): bearer tokens renewed by a refresh
 * request, which is what these tests' fake APIs answer. Each bake thus runs the same app tests;
 * a test file opts in with
 *   vi.mock("../../src/auth/mode/chosen", () => import("../auth/bearerMode"));
 */

export const sendToApi: RequestMode["sendToApi"] = (_method, headers, send) => send(headers);
export const retryAfter: RequestMode["retryAfter"] = () => undefined;
/** Imported when called: flow.ts imports this module (as chosen.ts) itself. */
export const finishRedirect: RequestMode["finishRedirect"] = async (pending, message) => {
  const { complete } = await import("../../src/auth/flow");
  return complete(pending.provider, pending.flow, message);
};

/** Signed out (null) on a 4xx; a 5xx is thrown, as the app must show it. Plain fetch(): the
 * helpers of src/auth/http.ts import this module (as chosen.ts) themselves. */
export const requestAccessToken: SignedInMode["requestAccessToken"] = async () => {
  const response = await fetch("/api/auth/token/refresh/", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: "{}",
    credentials: "include",
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (response.ok) return (body as { access: string }).access;
  if (response.status < 500) return null;
  // Imported when needed, as the app's own ApiError (tests reset the modules between renders).
  const { apiErrorFrom } = await import("../../src/auth/errors");
  throw apiErrorFrom(response.status, body);
};

export const sendSignedIn: SignedInMode["sendSignedIn"] = async (request, tokens) => {
  const send = (token: string | null): Promise<Response> => {
    const attempt = request.clone();
    if (token) attempt.headers.set("Authorization", `Bearer ${token}`);
    return fetch(attempt);
  };
  const response = await send(tokens.current());
  if (response.status !== 401) return response;
  const token = await tokens.refresh();
  return token ? send(token) : response;
};

export const signInCookieReturns: SignedInMode["signInCookieReturns"] = async (tokens) => {
  const access = tokens.current();
  if (await tokens.refresh()) return true;
  tokens.set(access);
  return false;
};

export const resumeSignIn: SignedInMode["resumeSignIn"] = async (tokens) =>
  Boolean(await tokens.refresh());

import { apiErrorFrom } from "../../errors";
import { complete } from "../../flow";
import { apiUrl, readJson } from "../../http";
import type { RequestMode } from "../authMode";

/** Session mode: the browser's session cookie says who the user is; unsafe requests carry the
 * API's CSRF token, since the browser would send that cookie with a forged one too. */

const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/i;
const CSRF_PATH = "/api/auth/csrf/";

let csrfToken: Promise<string> | null = null;

/** The API's CSRF token, asked for in a body because the SPA cannot read a cookie of the API's
 * host when the two are on sibling subdomains. Kept until a csrf_failed. */
function currentCsrfToken(): Promise<string> {
  csrfToken ??= fetch(apiUrl(CSRF_PATH), { credentials: "include" })
    .then(readJson<{ csrf_token: string }>)
    .then((body) => body.csrf_token);
  csrfToken.catch(() => (csrfToken = null));
  return csrfToken;
}

/** X-CSRFToken on unsafe requests. The token changes at sign-in and sign-out: after a
 * csrf_failed, once more with a fresh one. */
export const sendToApi: RequestMode["sendToApi"] = async (method, headers, send) => {
  if (!UNSAFE.test(method)) return send(headers);
  const sendWithToken = async (): Promise<Response> => {
    headers.set("X-CSRFToken", await currentCsrfToken());
    return send(headers);
  };
  const response = await sendWithToken();
  if (response.status !== 403) return response;
  const refusal = apiErrorFrom(
    403,
    await response
      .clone()
      .json()
      .catch(() => null),
  );
  if (refusal.code !== "csrf_failed") return response;
  csrfToken = null;
  return sendWithToken();
};

/** Nothing here waits for Retry-After (only jwt's refresh does). */
export const retryAfter: RequestMode["retryAfter"] = () => undefined;

/** The session cookie says who is signed in: the default fetch() will do. */
export const finishRedirect: RequestMode["finishRedirect"] = (pending, message) =>
  complete(pending.provider, pending.flow, message);

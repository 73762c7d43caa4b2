import { apiErrorFrom } from "./errors";

/** Where the API lives: the same origin unless VITE_API_URL says otherwise. */
export const apiUrl = (path: string): string => (import.meta.env.VITE_API_URL ?? "") + path;

const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/i;
const CSRF_PATH = "/api/auth/csrf/";

let csrfToken: Promise<string> | null = null;

/** Session mode: the API's CSRF token, asked for in a body because the SPA cannot read a cookie
 * of the API's host when the two are on sibling subdomains. Kept until a csrf_failed. */
function currentCsrfToken(): Promise<string> {
  csrfToken ??= fetch(apiUrl(CSRF_PATH), { credentials: "include" })
    .then(readJson<{ csrf_token: string }>)
    .then((body) => body.csrf_token);
  csrfToken.catch(() => (csrfToken = null));
  return csrfToken;
}

/** Sends a request with X-CSRFToken when it is unsafe (session mode; jwt sends it as it is).
 * The token changes at sign-in and sign-out: after a csrf_failed, once more with a fresh one.
 * VITE_AUTH_MODE is read where it is used: the build replaces it with a constant, so the code
 * of the other mode drops out of the bundle. */
export async function withCsrf(
  method: string,
  headers: Headers,
  send: (headers: Headers) => Promise<Response>,
): Promise<Response> {
  if (import.meta.env.VITE_AUTH_MODE !== "session" || !UNSAFE.test(method)) return send(headers);
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
}

/** fetch() with the CSRF header of withCsrf. */
export const csrfFetch: typeof fetch = (input, init) =>
  withCsrf(init?.method ?? "GET", new Headers(init?.headers), (headers) =>
    fetch(input, { ...init, headers }),
  );

/** The body of an answer, or an ApiError built from the API's error envelope. */
export async function readJson<T>(response: Response): Promise<T> {
  // 204 and non-JSON bodies read as {}.
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw apiErrorFrom(
      response.status,
      body,
      // Only jwt's refresh waits for Retry-After; session builds drop the parsing.
      import.meta.env.VITE_AUTH_MODE === "session" ? undefined : retryAfterSeconds(response),
    );
  }
  return body as T;
}

function retryAfterSeconds(response: Response): number | undefined {
  const seconds = Number(response.headers.get("Retry-After") ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** POST a JSON body to the API with the browser's cookies; `fetcher` may add credentials. */
export async function postJson<T>(
  path: string,
  body: object,
  fetcher: typeof fetch = csrfFetch,
): Promise<T> {
  const response = await fetcher(apiUrl(path), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    credentials: "include",
  });
  return readJson<T>(response);
}

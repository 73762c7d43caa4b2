import { ApiError } from "./errors";

/** Where the API lives: the same origin unless VITE_API_URL says otherwise. */
export const apiUrl = (path: string): string => (import.meta.env.VITE_API_URL ?? "") + path;

const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/i;

/** Session mode: Django's CSRF token (the providers call sets the cookie) on unsafe requests.
 * VITE_AUTH_MODE is read where it is used: the build replaces it with a constant, so the code
 * of the other mode drops out of the bundle. */
export function addCsrfHeader(headers: Headers, method: string): void {
  if (import.meta.env.VITE_AUTH_MODE !== "session" || !UNSAFE.test(method)) return;
  const token = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1];
  if (token) headers.set("X-CSRFToken", decodeURIComponent(token));
}

/** The body of an answer, or an ApiError built from the API's error envelope. */
export async function readJson<T>(response: Response): Promise<T> {
  // 204 and non-JSON bodies read as {}.
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; provider?: string } })
      .error;
    throw new ApiError(
      response.status,
      error?.code ?? "unexpected_response",
      error?.message ?? `The server answered ${response.status}.`,
      error?.provider,
      retryAfterSeconds(response),
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
  fetcher: typeof fetch = fetch,
): Promise<T> {
  const headers = new Headers({ "Content-Type": "application/json" });
  addCsrfHeader(headers, "POST");
  const response = await fetcher(apiUrl(path), {
    method: "POST",
    headers,
    body: JSON.stringify(body),
    credentials: "include",
  });
  return readJson<T>(response);
}

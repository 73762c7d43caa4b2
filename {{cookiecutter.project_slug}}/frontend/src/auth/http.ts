import { apiErrorFrom } from "./errors";
import { retryAfter, sendToApi } from "./mode/chosen";

/** Where the API lives: the same origin unless VITE_API_URL says otherwise. */
export const apiUrl = (path: string): string => (import.meta.env.VITE_API_URL ?? "") + path;

/** fetch() for the API, as the auth mode sends requests (session: with its CSRF header). */
export const csrfFetch: typeof fetch = (input, init) =>
  sendToApi(init?.method ?? "GET", new Headers(init?.headers), (headers) =>
    fetch(input, { ...init, headers }),
  );

/** The body of an answer, or an ApiError built from the API's error envelope. */
export async function readJson<T>(response: Response): Promise<T> {
  // 204 and non-JSON bodies read as {}.
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw apiErrorFrom(response.status, body, retryAfter(response));
  return body as T;
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

import { postJson } from "../../http";

/** Trades the HttpOnly refresh cookie for a new access token (the server rotates the cookie).
 * The one place that names the refresh endpoint. */
export const refreshAccess = (): Promise<string> =>
  postJson<{ access: string }>("/api/auth/token/refresh/", {}).then((body) => body.access);

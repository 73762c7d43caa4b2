import { client } from "../api/client.gen";
import {
  authConnectionsDelete,
  authConnectionsList,
  authMe,
  authProvidersRetrieve,
} from "../api/sdk.gen";
import type { Connection, Provider, User } from "../api/types.gen";
import { apiUrl, authFetch } from "../auth";
import { apiErrorFrom } from "../auth/errors";
import { postJson } from "../auth/http";

/**
 * The demo's API calls, through the client generated from openapi.json (src/api; `make
 * api-client` regenerates both). authFetch adds the access token or the CSRF header.
 */

export type { Connection, Provider, User };

client.setConfig({ baseUrl: new URL(apiUrl("/"), location.href).origin, fetch: authFetch });

type Result<T> = { data?: T; error?: unknown; response?: Response };

/** The data of a call, or the API's error envelope as an ApiError. */
async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response?.ok) return data as T;
  throw apiErrorFrom(response?.status ?? 0, error);
}

export const fetchMe = (): Promise<User> => unwrap(authMe());

export const fetchProviders = (): Promise<Provider[]> =>
  unwrap(authProvidersRetrieve()).then((body) => body.providers);

export const fetchConnections = (): Promise<Connection[]> =>
  unwrap(authConnectionsList()).then((body) => body.connections);

export const disconnect = (id: number): Promise<unknown> =>
  unwrap(authConnectionsDelete({ path: { id } }));

// The API wants a JSON body `{}` on logout (its CSRF defence for cookie calls); the generated
// function sends no body, so this one call goes through the helper's postJson.
export const logout = (): Promise<unknown> => postJson("/api/auth/logout/", {}, authFetch);

import { client } from "../api/client.gen";
import { authMeRetrieve } from "../api/sdk.gen";
import type { User } from "../api/types.gen";
import { ApiError, apiUrl, authFetch } from "../auth";

/**
 * The demo's API calls, through the client generated from openapi.json (src/api, `npm run
 * api-client`). authFetch adds the access token or the CSRF header.
 */

export type { User };

export interface Provider {
  id: string;
  name: string;
  protocol: string;
}

export interface Connection {
  id: number;
  provider: string;
  uid: string;
  created: string;
}

client.setConfig({ baseUrl: new URL(apiUrl("/"), location.href).origin, fetch: authFetch });

type Result<T> = { data?: T; error?: unknown; response?: Response };

/** The data of a call, or the API's error envelope as an ApiError. */
async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response?.ok) return data as T;
  const body = (error ?? {}) as { error?: { code?: string; message?: string; provider?: string } };
  const status = response?.status ?? 0;
  throw new ApiError(
    status,
    body.error?.code ?? "unexpected_response",
    body.error?.message ?? `The server answered ${status}.`,
    body.error?.provider,
  );
}

export const fetchMe = (): Promise<User> => unwrap(authMeRetrieve());

// The endpoints below are called by URL until openapi.json describes them; after `make
// api-client` the generated sdk functions can replace these calls one for one.
export const fetchProviders = (): Promise<Provider[]> =>
  unwrap(client.get<{ 200: { providers: Provider[] } }>({ url: "/api/auth/providers/" })).then(
    (body) => body.providers,
  );

export const fetchConnections = (): Promise<Connection[]> =>
  unwrap(
    client.get<{ 200: { connections: Connection[] } }>({ url: "/api/auth/connections/" }),
  ).then((body) => body.connections);

export const disconnect = (id: number): Promise<unknown> =>
  unwrap(client.delete({ url: "/api/auth/connections/{id}/", path: { id } }));

export const logout = (): Promise<unknown> =>
  unwrap(
    client.post({
      url: "/api/auth/logout/",
      body: {},
      headers: { "Content-Type": "application/json" },
    }),
  );

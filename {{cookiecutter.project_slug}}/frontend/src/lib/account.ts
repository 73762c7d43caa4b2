import { authMeDelete, authMeUpdate, authSignInsDestroy, authSignInsList } from "../api/sdk.gen";
import type { SignIn, User } from "../api/types.gen";
import { authFetch } from "../auth";
import { postJson } from "../auth/http";
import { apiCall } from "./apiCall";
import "./api"; // configures the generated client (base URL, authFetch)

/** The account center's API calls, through the generated client. */

export type { SignIn };

export const updateDisplayName = (displayName: string): Promise<User> =>
  apiCall(authMeUpdate({ body: { display_name: displayName } }));

export const fetchSignIns = (): Promise<SignIn[]> => apiCall(authSignInsList());

export const endSignIn = (id: string): Promise<unknown> =>
  apiCall(authSignInsDestroy({ path: { sign_in_id: id } }));

// These two want a JSON body `{}` (the schema declares none, so the generated functions send
// none), like logout in lib/api.ts.
export const signOutOthers = (): Promise<unknown> =>
  postJson("/api/auth/sign-ins/sign-out-others/", {}, authFetch);

export const signOutAll = (): Promise<unknown> =>
  postJson("/api/auth/sign-ins/sign-out-all/", {}, authFetch);

/** The schema cannot declare a DELETE's body (OpenAPI leaves its meaning undefined, and
 * drf-spectacular drops it), so the generated function's type says none: it sends one all the
 * same, serialized as JSON like any other body. */
export const deleteAccount = (confirm: string): Promise<unknown> =>
  apiCall(
    authMeDelete({
      body: { confirm } as never,
      headers: { "Content-Type": "application/json" },
    }),
  );

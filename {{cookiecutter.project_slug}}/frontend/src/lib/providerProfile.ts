import { authConnectionsProviderProfile } from "../api/sdk.gen";
import type { ProviderProfile } from "../api/types.gen";
import { apiCall } from "./apiCall";
import "./api"; // configures the generated client (base URL, authFetch)

/** The example of the API calling a provider as the user (backend
 * social_login/provider_tokens/, docs/customising.md "Calling the provider's API"). */

export type { ProviderProfile };

export const fetchProviderProfile = (id: number): Promise<ProviderProfile> =>
  apiCall(authConnectionsProviderProfile({ path: { id } }));

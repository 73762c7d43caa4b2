import { ApiError } from "../../errors";
import type { SignedInMode } from "../authMode";
import { sendToApi } from "./requests";

/** Session mode: no token to hold (the session cookie is HttpOnly), only the CSRF header to add. */

export const requestAccessToken: SignedInMode["requestAccessToken"] = async () => null;

/** The request as it is, plus the CSRF header of an unsafe one; never a bearer token. */
export const sendSignedIn: SignedInMode["sendSignedIn"] = (request) =>
  sendToApi(request.method, new Headers(request.headers), (headers) =>
    fetch(new Request(request.clone(), { headers })),
  );

/** The session cookie must come back: the API must know who asks. */
export const signInCookieReturns: SignedInMode["signInCookieReturns"] = async (
  _tokens,
  fetchMe,
) => {
  try {
    await fetchMe();
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return false;
    throw error;
  }
};

/** The session cookie, if any, is sent anyway: the app asks the API who it is. */
export const resumeSignIn: SignedInMode["resumeSignIn"] = async () => true;

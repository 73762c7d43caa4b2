import { ApiError, resumeSignIn } from "../auth";
import { fetchMe, type User } from "../lib/api";

/** The signed-in user, or null when nobody is (jwt: after a silent refresh). */
export async function restoreSession(): Promise<User | null> {
  if (!(await resumeSignIn())) return null;
  try {
    return await fetchMe();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

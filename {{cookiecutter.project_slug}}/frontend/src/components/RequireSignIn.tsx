import type { ReactNode } from "react";
import { Redirect, useLocation, useSearch } from "wouter";
import { useSession } from "../state/session";

/** Renders `children` for a signed-in user; sends anyone else to the sign-in page, which brings
 * them back here afterwards (`?next=`, checked by safeReturnPath there). */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [path] = useLocation();
  const search = useSearch();
  if (session.status === "loading") return null;
  if (session.status === "signedOut") {
    const next = path + (search ? `?${search}` : "");
    return <Redirect to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

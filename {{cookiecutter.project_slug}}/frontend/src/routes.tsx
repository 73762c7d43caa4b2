import { lazy, type ComponentType } from "react";

/**
 * The route table. `signedIn: true` routes send signed-out visitors to /sign-in and back
 * (components/RequireSignIn.tsx). Every screen is lazy: its code (and the sign-in page's brand
 * logos) loads on first visit, which keeps the initial JS small (scripts/check-budgets.js).
 *
 * Your own pages plug in here, like the notes example (delete its line with the example).
 */
export interface AppRoute {
  path: string;
  screen: ComponentType;
  signedIn: boolean;
}

export const ROUTES: readonly AppRoute[] = [
  { path: "/sign-in", screen: lazy(() => import("./screens/SignInScreen")), signedIn: false },
  { path: "/account", screen: lazy(() => import("./screens/AccountScreen")), signedIn: true },
  {
    path: "/account/sign-ins",
    screen: lazy(() => import("./screens/SignInsScreen")),
    signedIn: true,
  },
  {
    path: "/account/delete",
    screen: lazy(() => import("./screens/DeleteAccountScreen")),
    signedIn: true,
  },
  { path: "/notes", screen: lazy(() => import("./screens/NotesScreen")), signedIn: true },
];

/** Where "/" leads: the account page (itself behind sign-in). */
export const HOME = "/account";

export const NotFound = lazy(() => import("./screens/NotFoundScreen"));

import { Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";
import { Header } from "./components/Header";
import { RequireSignIn } from "./components/RequireSignIn";
import { HOME, NotFound, ROUTES } from "./routes";
import { SessionContext } from "./state/session";
import { useSessionState } from "./state/useSessionState";

/** The shell: header, the status line and alert every screen shares, and the routes. */
export function App() {
  const state = useSessionState();
  const { status, error } = state.notice;
  return (
    <SessionContext value={state}>
      <Header />
      <main className="app">
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <Suspense fallback={<p>Loading…</p>}>
          <Switch>
            <Route path="/">
              <Redirect to={HOME} replace />
            </Route>
            {ROUTES.map(({ path, screen: Screen, signedIn }) => (
              <Route key={path} path={path}>
                {signedIn ? (
                  <RequireSignIn>
                    <Screen />
                  </RequireSignIn>
                ) : (
                  <Screen />
                )}
              </Route>
            ))}
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </SessionContext>
  );
}

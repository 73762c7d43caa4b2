import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeChannel, fakePopup, json, messageEvent, type FakePopup } from "../auth/fakes";

// The same auth mode in every bake (bearerMode.ts says why).
vi.mock("../../src/auth/mode/chosen", () => import("../auth/bearerMode"));

// The demo UI end to end within the page: the API and the popup are fakes.

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const ALICE = {
  id: 1,
  username: "alice",
  email: "alice@example.com",
  first_name: "Alice",
  last_name: "Liddell",
  display_name: "Alice Liddell",
  date_joined: "2026-01-01T00:00:00Z",
};
const PROVIDERS = { providers: [{ id: "dev", name: "Dev login", protocol: "oidc" }] };
const AUTHORIZE = "http://127.0.0.1:8001/o/authorize/?client_id=dev-spa&state=S-1";

type Answer = (method: string, body: string) => Response | undefined;
let routes: Record<string, Answer>;
let container: HTMLDivElement;
let root: Root;
let popup: FakePopup;

const denied = (code: string, status: number, message = "No.") =>
  json({ error: { code, message } }, status);

async function request(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const req = new Request(
    input instanceof Request ? input : new URL(String(input), location.href),
    init,
  );
  const path = new URL(req.url).pathname;
  const answer = routes[path]?.(req.method, await req.text());
  return answer ?? json({ error: { code: "not_found", message: "Not found." } }, 404);
}

async function renderApp(): Promise<void> {
  vi.resetModules();
  const { App } = await import("../../src/App");
  await act(async () => root.render(<App />));
}

const text = () => container.textContent ?? "";
/** A button's name as assistive technology reads it: its text without the aria-hidden logo. */
const nameOf = (element: Element): string =>
  [...element.childNodes]
    .filter((node) => !(node instanceof Element && node.getAttribute("aria-hidden") === "true"))
    .map((node) => (node instanceof Element ? nameOf(node) : (node.textContent ?? "")))
    .join("");
const button = (name: string) =>
  [...container.querySelectorAll("button")].find((b) => nameOf(b) === name);
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000 });

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  document.title = "Acme Portal";
  history.replaceState(null, "", "/");
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  popup = fakePopup();
  vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
  vi.spyOn(document, "hasFocus").mockReturnValue(true);
  vi.stubGlobal("BroadcastChannel", FakeChannel);
  vi.stubGlobal("fetch", vi.fn(request));
  routes = {
    "/api/auth/providers/": () => json(PROVIDERS),
    "/api/auth/token/refresh/": () => denied("not_authenticated", 401),
    "/api/auth/social/dev/begin/": () => json({ authorization_url: AUTHORIZE, flow: "F-1" }),
    "/api/auth/social/dev/complete/": () =>
      json({ user: ALICE, is_new: false, access: "ACCESS-1" }),
    "/api/auth/me/": () => json(ALICE),
    "/api/auth/connections/": () =>
      json({ connections: [{ id: 7, provider: "dev", uid: "alice", created: "2026-01-01" }] }),
  };
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  FakeChannel.open = [];
});

/** jwt: the refresh cookie works once complete has set it (or never: refused). */
function refreshCookieAfterSignIn(kept: boolean): void {
  let signedIn = false;
  const complete = routes["/api/auth/social/dev/complete/"];
  routes["/api/auth/social/dev/complete/"] = (...args) => {
    signedIn = kept;
    return complete?.(...args);
  };
  routes["/api/auth/token/refresh/"] = () =>
    signedIn ? json({ access: "ACCESS-2" }) : denied("not_authenticated", 401);
}

async function signInThroughPopup(): Promise<void> {
  await until(() => expect(popup.location.replace).toHaveBeenCalledWith(AUTHORIZE));
  const callback = { type: "social-login:callback", code: "C", state: "S-1" };
  await act(async () => window.dispatchEvent(messageEvent(callback, location.origin, popup)));
}

describe("the app shell", () => {
  it("signs in through the popup and shows the profile", async () => {
    refreshCookieAfterSignIn(true);
    await renderApp();
    await until(() => expect(button("Continue with Dev login")).toBeDefined());
    expect(container.querySelector("h1")?.textContent).toBe("Sign in to Acme Portal");

    act(() => button("Continue with Dev login")?.click());
    // Opened inside the click itself, before any request.
    expect(window.open).toHaveBeenCalledTimes(1);
    expect(button("Waiting for Dev login…")?.getAttribute("aria-busy")).toBe("true");
    expect(container.querySelector("[role=status]")?.textContent).toBe(
      "Signing in with Dev login…",
    );

    await signInThroughPopup();

    await until(() => expect(container.querySelector("h2")?.textContent).toBe("Alice Liddell"));
    expect(text()).toContain("alice@example.com");
    expect(container.querySelector("[role=status]")?.textContent).toBe("Signed in as alice.");
    expect(button("Log out")).toBeDefined();
    // The sign-in's refresh cookie was tried at once: it came back, and was rotated.
    const { getAccessToken } = await import("../../src/auth");
    expect(getAccessToken()).toBe("ACCESS-2");
  });

  it("says so when the browser refused the refresh cookie, and ends that sign-in", async () => {
    refreshCookieAfterSignIn(false);
    const logouts: (string | null)[] = [];
    routes["/api/auth/logout/"] = () => new Response(null, { status: 204 });
    const fetchMock = vi.mocked(fetch);
    await renderApp();
    await until(() => expect(button("Continue with Dev login")).toBeDefined());
    act(() => button("Continue with Dev login")?.click());
    await signInThroughPopup();

    await until(() =>
      expect(container.querySelector("[role=alert]")?.textContent).toMatch(
        /refused this site's sign-in cookie/,
      ),
    );
    expect(button("Continue with Dev login")).toBeDefined();
    expect(button("Log out")).toBeUndefined();
    for (const [input] of fetchMock.mock.calls) {
      const request = input as Request;
      if (request instanceof Request && request.url.endsWith("/api/auth/logout/")) {
        logouts.push(request.headers.get("Authorization"));
      }
    }
    // Logout names the sign-in by its access token, since the cookie never reaches the API.
    expect(logouts).toEqual(["Bearer ACCESS-1"]);
    const { getAccessToken } = await import("../../src/auth");
    expect(getAccessToken()).toBeNull();
  });

  it("says in words what went wrong", async () => {
    routes["/api/auth/social/dev/begin/"] = () =>
      denied("redirect_uri_not_allowed", 400, "redirect_uri is not allowed.");
    await renderApp();
    await until(() => expect(button("Continue with Dev login")).toBeDefined());
    act(() => button("Continue with Dev login")?.click());
    await until(() =>
      expect(container.querySelector("[role=alert]")?.textContent).toMatch(
        /not on the API's list of allowed sign-in return addresses/,
      ),
    );
    expect(button("Continue with Dev login")?.disabled).toBe(false);
  });

  it("restores the session on load and shows the API's reason a disconnect was refused", async () => {
    routes["/api/auth/token/refresh/"] = () => json({ access: "ACCESS-0" });
    routes["/api/auth/connections/7/"] = (method) =>
      method === "DELETE"
        ? denied("last_login_method", 409, "This is your only way to sign in.")
        : undefined;
    await renderApp();
    await until(() => expect(button("Disconnect")).toBeDefined());
    expect(location.pathname).toBe("/account");
    expect(container.querySelector("nav[aria-label='User menu']")?.textContent).toContain(
      "Alice Liddell",
    );
    expect(
      container.querySelector("button[aria-label='Disconnect Dev login account alice']"),
    ).not.toBeNull();

    act(() => button("Disconnect")?.click());
    await until(() =>
      expect(container.querySelector("[role=alert]")?.textContent).toBe(
        "This is your only way to sign in.",
      ),
    );
  });

  it("clears an error shown before logging out", async () => {
    routes["/api/auth/token/refresh/"] = () => json({ access: "ACCESS-0" });
    routes["/api/auth/connections/7/"] = (method) =>
      method === "DELETE"
        ? denied("last_login_method", 409, "This is your only way to sign in.")
        : undefined;
    routes["/api/auth/logout/"] = () => new Response(null, { status: 204 });
    await renderApp();
    await until(() => expect(button("Disconnect")).toBeDefined());
    act(() => button("Disconnect")?.click());
    await until(() => expect(container.querySelector("[role=alert]")).not.toBeNull());

    act(() => button("Log out")?.click());
    await until(() =>
      expect(container.querySelector("[role=status]")?.textContent).toBe("Signed out."),
    );
    expect(container.querySelector("[role=alert]")).toBeNull();
  });

  it.each([
    ["an account connected before", [], "That Dev login account was already connected."],
    [
      "a new account",
      [{ id: 8, provider: "dev", uid: "bob", created: "2026-01-02" }],
      "Dev login is now connected.",
    ],
  ])("tells connecting %s apart", async (_case, added, status) => {
    const alice = { id: 7, provider: "dev", uid: "alice", created: "2026-01-01" };
    let connections = [alice];
    routes["/api/auth/token/refresh/"] = () => json({ access: "ACCESS-0" });
    routes["/api/auth/connections/"] = () => json({ connections });
    await renderApp();
    await until(() => expect(button("Disconnect")).toBeDefined());
    connections = [alice, ...added];

    act(() => button("Connect Dev login")?.click());
    await until(() => expect(popup.location.replace).toHaveBeenCalledWith(AUTHORIZE));
    const callback = { type: "social-login:callback", code: "C", state: "S-1" };
    await act(async () => window.dispatchEvent(messageEvent(callback, location.origin, popup)));
    await until(() => expect(container.querySelector("[role=status]")?.textContent).toBe(status));
  });

  it("says so when no provider is configured", async () => {
    routes["/api/auth/providers/"] = () => json({ providers: [] });
    await renderApp();
    await until(() => expect(text()).toContain("No sign-in method is configured."));
  });

  it("sends a signed-out visit of a protected page to sign-in, and back there after", async () => {
    refreshCookieAfterSignIn(true);
    history.replaceState(null, "", "/account?tab=connections");
    await renderApp();
    await until(() => expect(button("Continue with Dev login")).toBeDefined());
    expect(location.pathname + location.search).toBe(
      `/sign-in?next=${encodeURIComponent("/account?tab=connections")}`,
    );
    act(() => button("Continue with Dev login")?.click());
    await signInThroughPopup();
    await until(() => expect(location.pathname + location.search).toBe("/account?tab=connections"));
    await until(() => expect(container.querySelector("h2")?.textContent).toBe("Alice Liddell"));
  });

  it("never follows a next that leaves the site", async () => {
    routes["/api/auth/token/refresh/"] = () => json({ access: "ACCESS-0" });
    history.replaceState(null, "", `/sign-in?next=${encodeURIComponent("//evil.example/x")}`);
    await renderApp();
    await until(() => expect(location.pathname).toBe("/account"));
  });

  it("says when a page does not exist", async () => {
    history.replaceState(null, "", "/no/such/page");
    await renderApp();
    await until(() => expect(container.querySelector("h1")?.textContent).toBe("Page not found"));
  });

  it("shows each provider's brand logo, hidden from assistive technology, beside its name", async () => {
    routes["/api/auth/providers/"] = () =>
      json({
        providers: [
          { id: "github", name: "GitHub", protocol: "oauth2" },
          { id: "dev", name: "Dev login", protocol: "oidc" },
        ],
      });
    await renderApp();
    await until(() => expect(button("Continue with GitHub")).toBeDefined());
    const logo = button("Continue with GitHub")?.querySelector("svg");
    expect(logo?.getAttribute("aria-hidden")).toBe("true");
    expect(logo?.querySelector("path")?.getAttribute("d")).toMatch(/^M12/);
    // GitHub's near-black logo follows the text colour in dark mode (styles.css).
    expect(logo?.hasAttribute("data-dark")).toBe(true);
    // No logo for the dev provider: its initial, also hidden.
    const initial = button("Continue with Dev login")?.querySelector("[aria-hidden=true]");
    expect(initial?.textContent).toBe("D");
  });
});

import { beforeEach, expect, it, vi } from "vitest";
import { handleCallback } from "../../../../src/auth/callback";
import { json, stubLocation } from "../../fakes";

// Session bakes only (the generator removes this folder from jwt ones): the callback page after a
// full-page redirect, as in tests/auth/callback.test.ts, with this mode's credentials.
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.spyOn(history, "replaceState").mockImplementation(() => undefined);
  stubLocation("/auth/callback", "?code=C1&state=S1");
  const pending = { flow: "FLOW-1", provider: "dev", returnTo: "/" };
  sessionStorage.setItem("social-login:redirect", JSON.stringify(pending));
});

it("sends the API's CSRF token and no refresh request", async () => {
  fetchMock = vi.fn(async (url: string) =>
    url.endsWith("/csrf/") ? json({ csrf_token: "CSRF-9" }) : json({ user: {} }),
  );
  vi.stubGlobal("fetch", fetchMock);
  await handleCallback();
  expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
    "/api/auth/csrf/",
    "/api/auth/social/dev/complete/",
  ]);
  const init = fetchMock.mock.calls[1]?.[1] as RequestInit;
  expect(new Headers(init.headers).get("X-CSRFToken")).toBe("CSRF-9");
});

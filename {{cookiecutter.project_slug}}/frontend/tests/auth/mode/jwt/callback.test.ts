import { beforeEach, expect, it, vi } from "vitest";
import { handleCallback } from "../../../../src/auth/callback";
import { json, stubLocation } from "../../fakes";

// jwt bakes only (the generator removes this folder from session ones): the callback page after a
// full-page redirect, as in tests/auth/callback.test.ts, with this mode's credentials.
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.spyOn(history, "replaceState").mockImplementation(() => undefined);
  stubLocation("/auth/callback", "?code=C1&state=S1");
  const pending = { flow: "FLOW-1", provider: "dev", returnTo: "/" };
  sessionStorage.setItem("social-login:redirect", JSON.stringify(pending));
});

it("sends the access token when the user is signed in (connecting an account)", async () => {
  fetchMock = vi.fn(async (url: string) =>
    url.endsWith("/token/refresh/") ? json({ access: "ACCESS-1" }) : json({ user: {} }),
  );
  vi.stubGlobal("fetch", fetchMock);
  await handleCallback();
  const complete = fetchMock.mock.calls.find(([url]) => String(url).endsWith("/complete/"));
  expect(new Headers((complete?.[1] as RequestInit).headers).get("Authorization")).toBe(
    "Bearer ACCESS-1",
  );
});

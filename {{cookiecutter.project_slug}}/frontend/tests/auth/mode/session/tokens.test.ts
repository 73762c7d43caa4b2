import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { json, stubLocation } from "../../fakes";

// Session bakes only (the generator removes this folder from jwt ones).
type Tokens = typeof import("../../../../src/auth/tokens");

let tokens: Tokens;
let fetchMock: ReturnType<typeof vi.fn>;

const urlOf = (input: unknown): string =>
  input instanceof Request ? input.url : String(input as string);
const calls = (path: string) =>
  fetchMock.mock.calls.filter(([input]) => urlOf(input).endsWith(path));

beforeEach(async () => {
  stubLocation();
  vi.resetModules(); // a fresh in-memory token store per test
  tokens = await import("../../../../src/auth/tokens");
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("session mode", () => {
  const CSRF = "/api/auth/csrf/";
  let issued: number;

  beforeEach(() => {
    issued = 0;
  });

  /** The API: hands out CSRF-1, CSRF-2, ... and accepts only the latest on unsafe calls. */
  function api(): ReturnType<typeof vi.fn> {
    return vi.fn(async (input: RequestInfo | URL) => {
      const request = input as Request;
      if (urlOf(input).endsWith(CSRF)) return json({ csrf_token: `CSRF-${++issued}` });
      if (request.method === "GET") return json({}, 401);
      return request.headers.get("X-CSRFToken") === `CSRF-${issued}`
        ? new Response(null, { status: 204 })
        : json({ error: { code: "csrf_failed", message: "No." } }, 403);
    });
  }

  it("sends the token from the API's body on unsafe requests only, and no bearer token", async () => {
    fetchMock = api();
    vi.stubGlobal("fetch", fetchMock);
    tokens.setAccessToken("IGNORED");

    const posted = await tokens.authFetch("/api/auth/logout/", { method: "POST", body: "{}" });
    await tokens.authFetch("/api/auth/me/");
    await tokens.authFetch("/api/auth/logout/", { method: "POST", body: "{}" });

    expect(posted.status).toBe(204);
    // The token is asked for once and kept; never read from a cookie.
    expect(calls(CSRF)).toHaveLength(1);
    const [post, get] = fetchMock.mock.calls
      .filter(([input]) => !urlOf(input).endsWith(CSRF))
      .map(([request]) => request as Request);
    expect(post?.headers.get("X-CSRFToken")).toBe("CSRF-1");
    expect(get?.headers.has("X-CSRFToken")).toBe(false);
    expect(post?.headers.has("Authorization")).toBe(false);
    expect(post?.credentials).toBe("include");
    expect(calls(CSRF)[0]?.[1]).toMatchObject({ credentials: "include" });
  });

  it("asks for a fresh token once after csrf_failed (sign-in rotates it)", async () => {
    fetchMock = api();
    vi.stubGlobal("fetch", fetchMock);
    await tokens.authFetch("/api/auth/logout/", { method: "POST", body: "{}" });
    issued += 1; // the API rotated the token, as at sign-in

    const response = await tokens.authFetch("/api/auth/logout/", { method: "POST", body: "{}" });

    expect(response.status).toBe(204);
    expect(calls(CSRF)).toHaveLength(2);
    const sent = calls("/logout/").map(([r]) => (r as Request).headers.get("X-CSRFToken"));
    expect(sent).toEqual(["CSRF-1", "CSRF-1", "CSRF-3"]);
  });

  it("gives up after one retry: a second csrf_failed is the answer", async () => {
    fetchMock = vi.fn(async (input: RequestInfo | URL) =>
      urlOf(input).endsWith(CSRF)
        ? json({ csrf_token: "STALE" })
        : json({ error: { code: "csrf_failed", message: "No." } }, 403),
    );
    vi.stubGlobal("fetch", fetchMock);
    const response = await tokens.authFetch("/api/auth/logout/", { method: "POST", body: "{}" });
    expect(response.status).toBe(403);
    expect(calls("/logout/")).toHaveLength(2);
  });
});

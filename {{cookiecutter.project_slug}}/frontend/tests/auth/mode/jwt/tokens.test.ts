import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ORIGIN, fakeJwt, json, stubLocation } from "../../fakes";

// jwt bakes only (the generator removes this folder from session ones).
type Tokens = typeof import("../../../../src/auth/tokens");

const REFRESH = "/api/auth/token/refresh/";
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
  Reflect.deleteProperty(navigator, "locks");
});

describe("jwt mode", () => {
  it("shares one refresh request among concurrent callers", async () => {
    let answer: (response: Response) => void = () => undefined;
    fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal("fetch", fetchMock);

    const all = Promise.all([
      tokens.refreshAccessToken(),
      tokens.refreshAccessToken(),
      tokens.refreshAccessToken(),
    ]);
    answer(json({ access: "A1" }));
    expect(await all).toEqual(["A1", "A1", "A1"]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(REFRESH);
    expect(init).toMatchObject({ method: "POST", body: "{}", credentials: "include" });
    expect(new Headers(init.headers).get("Content-Type")).toBe("application/json");
    expect(tokens.getAccessToken()).toBe("A1");

    // Once it is done, a later refresh is a new request.
    fetchMock.mockImplementation(async () => json({ access: "A2" }));
    expect(await tokens.refreshAccessToken()).toBe("A2");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("resolves null and forgets the token when the refresh cookie is refused", async () => {
    tokens.setAccessToken("OLD");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json({ error: { code: "token_invalid", message: "Expired." } }, 401)),
    );
    expect(await tokens.refreshAccessToken()).toBeNull();
    expect(tokens.getAccessToken()).toBeNull();
  });

  it("retries a throttled refresh after Retry-After instead of signing out", async () => {
    vi.useFakeTimers();
    const throttled = new Response(
      JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }),
      { status: 429, headers: { "Content-Type": "application/json", "Retry-After": "2" } },
    );
    fetchMock = vi
      .fn()
      .mockResolvedValueOnce(throttled)
      .mockResolvedValueOnce(json({ access: "AFTER" }));
    vi.stubGlobal("fetch", fetchMock);

    const refreshed = tokens.refreshAccessToken();
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await refreshed).toBe("AFTER");
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(tokens.getAccessToken()).toBe("AFTER");
  });

  it("retries a 401 once, after a refresh, with the new token", async () => {
    tokens.setAccessToken("EXPIRED");
    fetchMock = vi.fn(async (input: unknown) => {
      if (urlOf(input).endsWith(REFRESH)) return json({ access: "FRESH" });
      const auth = (input as Request).headers.get("Authorization");
      return auth === "Bearer FRESH" ? json({ id: 1 }) : json({ error: {} }, 401);
    });
    vi.stubGlobal("fetch", fetchMock);

    const response = await tokens.authFetch("/api/auth/me/");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 1 });
    const me = calls("/api/auth/me/").map(([request]) =>
      (request as Request).headers.get("Authorization"),
    );
    expect(me).toEqual(["Bearer EXPIRED", "Bearer FRESH"]);
    expect(calls(REFRESH)).toHaveLength(1);
  });

  it("gives up after one retry and keeps the request body for it", async () => {
    tokens.setAccessToken("T");
    const bodies: string[] = [];
    fetchMock = vi.fn(async (input: unknown) => {
      if (urlOf(input).endsWith(REFRESH)) return json({ access: "T2" });
      bodies.push(await (input as Request).text());
      return json({ error: { code: "token_invalid", message: "No." } }, 401);
    });
    vi.stubGlobal("fetch", fetchMock);

    const response = await tokens.authFetch(`${ORIGIN}/api/things/`, {
      method: "POST",
      body: JSON.stringify({ a: 1 }),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status).toBe(401);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
    expect(calls(REFRESH)).toHaveLength(1);
  });

  it("does not retry when the refresh says signed out", async () => {
    fetchMock = vi.fn(async (input: unknown) =>
      urlOf(input).endsWith(REFRESH)
        ? json({ error: { code: "not_authenticated", message: "No." } }, 401)
        : json({ error: { code: "not_authenticated", message: "No." } }, 401),
    );
    vi.stubGlobal("fetch", fetchMock);
    const response = await tokens.authFetch("/api/auth/me/");
    expect(response.status).toBe(401);
    expect(calls("/api/auth/me/")).toHaveLength(1);
    expect((calls("/api/auth/me/")[0]?.[0] as Request).headers.has("Authorization")).toBe(false);
  });

  it("refreshes shortly before the access token expires", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    const now = Math.floor(Date.now() / 1000);
    fetchMock = vi.fn(async () => json({ access: fakeJwt(now + 600) }));
    vi.stubGlobal("fetch", fetchMock);

    tokens.setAccessToken(fakeJwt(now + 300));
    await vi.advanceTimersByTimeAsync(265_000);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(tokens.getAccessToken()).toBe(fakeJwt(now + 600));
  });

  it("reads exp from the token and tolerates garbage", () => {
    expect(tokens.expiryOf(fakeJwt(1_900_000_000))).toBe(1_900_000_000);
    expect(tokens.expiryOf("not-a-jwt")).toBeNull();
    expect(tokens.expiryOf("a.%%%.c")).toBeNull();
  });

  it("never puts a token into Web Storage", async () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json({ access: "SECRET" })),
    );
    await tokens.refreshAccessToken();
    await tokens.authFetch("/api/auth/me/");
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it("takes turns with the app's other tabs: each sends the cookie the previous one got", async () => {
    // Tabs share the refresh cookie. Refreshing with the same one at once (a browser restoring
    // several tabs) would spend it twice; past the server's one grace answer, the sign-in ends.
    const locks = new TurnTakingLocks();
    Object.defineProperty(navigator, "locks", { value: locks, configurable: true });
    const answers: ((response: Response) => void)[] = [];
    fetchMock = vi.fn(() => new Promise<Response>((resolve) => answers.push(resolve)));
    vi.stubGlobal("fetch", fetchMock);
    const firstTab = tokens;
    vi.resetModules();
    const secondTab: Tokens = await import("../../../../src/auth/tokens");

    const both = Promise.all([firstTab.refreshAccessToken(), secondTab.refreshAccessToken()]);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await locks.settled();
    expect(fetchMock).toHaveBeenCalledTimes(1); // the second tab waits for the first's answer
    answers[0]?.(json({ access: "A1" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    answers[1]?.(json({ access: "A2" }));
    expect(await both).toEqual(["A1", "A2"]);
    expect(locks.names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
  });
});

const REFRESH_LOCK = "refresh-token";

/** navigator.locks for one lock name at a time: each task starts when the one before ends. */
class TurnTakingLocks {
  names: string[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  request<T>(name: string, task: () => Promise<T>): Promise<T> {
    this.names.push(name);
    const turn = this.tail.then(task);
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** Resolves once the pending microtasks of the tasks started so far have run. */
  settled(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
}

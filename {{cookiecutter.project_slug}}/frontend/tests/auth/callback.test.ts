import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { handleCallback } from "../../src/auth/callback";
import { FakeChannel, ORIGIN, json, stubLocation, type FakeLocation } from "./fakes";

const KEY = "social-login:redirect";
let location: FakeLocation;
let replaceState: ReturnType<typeof vi.spyOn>;
let closeWindow: ReturnType<typeof vi.spyOn>;
let fetchMock: ReturnType<typeof vi.fn>;

function landOn(search: string): void {
  location = stubLocation("/auth/callback", search);
}

function setOpener(opener: unknown): void {
  Object.defineProperty(window, "opener", { value: opener, configurable: true, writable: true });
}

const bodyOf = (path: string): unknown => {
  const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith(path));
  return JSON.parse(String((call?.[1] as RequestInit).body));
};

beforeEach(() => {
  document.body.textContent = "Signing you in…";
  replaceState = vi.spyOn(history, "replaceState").mockImplementation(() => undefined);
  closeWindow = vi.spyOn(window, "close").mockImplementation(() => undefined);
  vi.stubGlobal("BroadcastChannel", FakeChannel);
  fetchMock = vi.fn(async (url: string) =>
    url.endsWith("/token/refresh/")
      ? json({ error: { code: "not_authenticated", message: "No." } }, 401)
      : json({ user: { id: 1 }, is_new: false, access: "A" }),
  );
  vi.stubGlobal("fetch", fetchMock);
  sessionStorage.clear();
  setOpener(null);
});

afterEach(() => {
  FakeChannel.open = [];
});

describe("in a popup", () => {
  it("strips the query at once and posts code and state to the opener, for our origin only", async () => {
    landOn("?code=C1&state=S1&next=//evil.example&session_state=x");
    const opener = { postMessage: vi.fn(), closed: false };
    setOpener(opener);
    const listener = new FakeChannel("social-login");
    const heard: unknown[] = [];
    listener.onmessage = (event) => heard.push(event.data);

    await handleCallback();

    expect(replaceState).toHaveBeenCalledWith(null, "", "/auth/callback");
    const expected = { type: "social-login:callback", code: "C1", state: "S1" };
    expect(opener.postMessage).toHaveBeenCalledExactlyOnceWith(expected, ORIGIN);
    expect(opener.postMessage.mock.calls[0]?.[1]).not.toBe("*");
    expect(heard).toEqual([expected]);
    expect(closeWindow).toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("strips the query before anything else can read it", async () => {
    landOn("?code=C1&state=S1");
    const order: string[] = [];
    replaceState.mockImplementation(() => void order.push("strip"));
    setOpener({ postMessage: () => order.push("post"), closed: false });
    await handleCallback();
    expect(order).toEqual(["strip", "post"]);
  });

  it("hands over the provider's error with its state", async () => {
    landOn("?error=access_denied&error_description=Nope&state=S1");
    const opener = { postMessage: vi.fn(), closed: false };
    setOpener(opener);
    await handleCallback();
    expect(opener.postMessage).toHaveBeenCalledWith(
      {
        type: "social-login:callback",
        error: "access_denied",
        error_description: "Nope",
        state: "S1",
      },
      ORIGIN,
    );
  });

  it("uses the BroadcastChannel alone when COOP cut the opener", async () => {
    landOn("?code=C1&state=S1");
    const listener = new FakeChannel("social-login");
    const heard: unknown[] = [];
    listener.onmessage = (event) => heard.push(event.data);
    await handleCallback();
    expect(heard).toEqual([{ type: "social-login:callback", code: "C1", state: "S1" }]);
    expect(closeWindow).toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("after a full-page redirect (popup blocked)", () => {
  const pending = (returnTo: string) =>
    sessionStorage.setItem(KEY, JSON.stringify({ flow: "FLOW-1", provider: "dev", returnTo }));

  it("completes the sign-in itself and returns to where the user started", async () => {
    landOn("?code=C1&state=S1");
    pending("/settings?tab=accounts");
    await handleCallback();

    expect(replaceState).toHaveBeenCalledWith(null, "", "/auth/callback");
    expect(bodyOf("/api/auth/social/dev/complete/")).toEqual({
      flow: "FLOW-1",
      redirect_uri: `${ORIGIN}/auth/callback`,
      code: "C1",
      state: "S1",
    });
    expect(location.replace).toHaveBeenCalledWith("/settings?tab=accounts");
    expect(sessionStorage.getItem(KEY)).toBeNull(); // single use
    expect(closeWindow).not.toHaveBeenCalled();
  });

  it("completes itself even when a page of another site opened this tab", async () => {
    landOn("?code=C1&state=S1");
    pending("/home");
    const foreignOpener = { postMessage: vi.fn(), closed: false };
    setOpener(foreignOpener);
    await handleCallback();
    expect(foreignOpener.postMessage).not.toHaveBeenCalled();
    expect(location.replace).toHaveBeenCalledWith("/home");
  });

  it.each(["//evil.example", "https://evil.example/", "/\\evil.example", "/.//evil.example"])(
    "refuses to return to %j",
    async (returnTo) => {
      landOn("?code=C1&state=S1");
      pending(returnTo);
      await handleCallback();
      expect(location.replace).toHaveBeenCalledWith("/");
    },
  );

  it("ignores a next parameter in the callback URL", async () => {
    landOn("?code=C1&state=S1&next=//evil.example");
    pending("/home");
    await handleCallback();
    expect(location.replace).toHaveBeenCalledWith("/home");
    expect(bodyOf("/complete/")).not.toHaveProperty("next");
  });

  it("shows the API's message and a safe way back when completing fails", async () => {
    fetchMock.mockImplementation(async (url: string) =>
      url.endsWith("/complete/")
        ? json({ error: { code: "invalid_flow", message: "This sign-in expired." } }, 400)
        : json({}, 401),
    );
    landOn("?code=C1&state=S1");
    pending("//evil.example");
    await handleCallback();
    expect(document.body.textContent).toBe("Sign-in failed: This sign-in expired. Back");
    expect(document.querySelector("a")?.getAttribute("href")).toBe("/");
    expect(location.replace).not.toHaveBeenCalled();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  AuthTimeoutError,
  PopupBlockedError,
  PopupClosedError,
  SignInCancelledError,
} from "../../src/auth/errors";
import { signIn } from "../../src/auth/signIn";
import {
  FakeChannel,
  ORIGIN,
  fakePopup,
  json,
  messageEvent,
  stubLocation,
  type FakePopup,
} from "./fakes";

// The same auth mode in every bake (bearerMode.ts says why).
vi.mock("../../src/auth/mode/chosen", () => import("./bearerMode"));

const AUTHORIZE = "https://idp.example/authorize?client_id=spa&state=STATE-1";
const USER = { id: 1, username: "alice", email: "alice@example.com" };
const CALLBACK = `${ORIGIN}/auth/callback`;

let popup: FakePopup;
let fetchMock: ReturnType<typeof vi.fn>;
let open: ReturnType<typeof vi.spyOn>;

/** Answers begin with AUTHORIZE and complete with USER, like the API. */
function api(completeAnswer: Response = json({ user: USER, is_new: true, access: "ACCESS" })) {
  return vi.fn(async (url: RequestInfo | URL, _init?: RequestInit) => {
    url = String(url);
    if (url.endsWith("/begin/")) return json({ authorization_url: AUTHORIZE, flow: "FLOW-1" });
    if (url.endsWith("/complete/")) return completeAnswer;
    return json({ error: { code: "not_found", message: "Not found." } }, 404);
  });
}

const bodyOf = (call: number): unknown =>
  JSON.parse(String((fetchMock.mock.calls[call]?.[1] as RequestInit).body));

const callback = (extra: object = {}) => ({
  type: "social-login:callback",
  code: "CODE-1",
  state: "STATE-1",
  ...extra,
});

/** Lets begin() answer and the popup be sent to the provider. */
async function untilAtProvider(): Promise<void> {
  await vi.waitFor(() => expect(popup.location.replace).toHaveBeenCalledWith(AUTHORIZE));
}

/** True once the promise settled, without waiting for it. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol("pending");
  const winner = await Promise.race([promise.catch(() => undefined), Promise.resolve(pending)]);
  return winner !== pending;
}

beforeEach(() => {
  stubLocation("/settings", "?tab=accounts");
  popup = fakePopup();
  open = vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
  fetchMock = api();
  vi.stubGlobal("fetch", fetchMock);
  vi.stubGlobal("BroadcastChannel", FakeChannel);
  vi.spyOn(document, "hasFocus").mockReturnValue(true);
  sessionStorage.clear();
});

afterEach(() => {
  FakeChannel.open = [];
  vi.useRealTimers();
});

describe("signIn through the popup", () => {
  it("opens a blank named popup before any request, then completes with code and state", async () => {
    const result = signIn("dev");
    // Synchronously, inside the click: the window is open and nothing was awaited yet.
    expect(open).toHaveBeenCalledWith("", "social-login", "popup,width=500,height=640");
    expect(fetchMock).toHaveBeenCalledTimes(1);

    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/auth/social/dev/begin/");
    expect(bodyOf(0)).toEqual({ redirect_uri: CALLBACK, intent: "login" });
    await untilAtProvider();

    window.dispatchEvent(messageEvent(callback(), ORIGIN, popup));
    await expect(result).resolves.toEqual({ user: USER, isNew: true, access: "ACCESS" });
    expect(fetchMock.mock.calls[1]?.[0]).toBe("/api/auth/social/dev/complete/");
    expect(bodyOf(1)).toEqual({
      flow: "FLOW-1",
      redirect_uri: CALLBACK,
      code: "CODE-1",
      state: "STATE-1",
    });
    expect(popup.closed).toBe(true);
  });

  it("asks to connect with the caller's fetch when the intent is connect", async () => {
    const authFetch = api();
    const result = signIn("dev", { intent: "connect", fetch: authFetch });
    await untilAtProvider();
    window.dispatchEvent(messageEvent(callback(), ORIGIN, popup));
    await result;
    expect(fetchMock).not.toHaveBeenCalled();
    const begin = authFetch.mock.calls[0]?.[1] as RequestInit;
    expect(JSON.parse(String(begin.body))).toEqual({ redirect_uri: CALLBACK, intent: "connect" });
    expect(authFetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["another origin", () => messageEvent(callback(), "https://evil.example", popup)],
    ["another window", () => messageEvent(callback(), ORIGIN, window)],
    ["another flow's state", () => messageEvent(callback({ state: "STATE-2" }), ORIGIN, popup)],
    ["no state at all", () => messageEvent(callback({ state: undefined }), ORIGIN, popup)],
    ["another message type", () => messageEvent({ ...callback(), type: "other" }, ORIGIN, popup)],
  ])("ignores a message from %s, and still accepts the real one", async (_, build) => {
    const result = signIn("dev");
    await untilAtProvider();
    window.dispatchEvent(build());
    await Promise.resolve();
    expect(fetchMock).toHaveBeenCalledTimes(1); // complete was not called
    expect(await isSettled(result)).toBe(false);
    expect(popup.closed).toBe(false);

    window.dispatchEvent(messageEvent(callback(), ORIGIN, popup));
    await expect(result).resolves.toMatchObject({ user: USER });
  });

  it("ignores a message that arrives before the flow began", async () => {
    const result = signIn("dev");
    window.dispatchEvent(messageEvent(callback(), ORIGIN, popup));
    await untilAtProvider();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await isSettled(result)).toBe(false);
  });

  it("accepts the callback over the BroadcastChannel when COOP cut the opener", async () => {
    const result = signIn("dev");
    await untilAtProvider();
    const callbackPage = new FakeChannel("social-login");
    callbackPage.postMessage(callback({ state: "STATE-2" })); // another flow: ignored
    await Promise.resolve();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    callbackPage.postMessage(callback());
    await expect(result).resolves.toMatchObject({ user: USER, isNew: true });
    expect(FakeChannel.open).toEqual([callbackPage]); // the helper closed its channel
  });

  it("forwards the provider's error, which the API reports as authorization_denied", async () => {
    fetchMock = api(
      json(
        {
          error: {
            code: "authorization_denied",
            message: "You cancelled the sign-in.",
            provider: "dev",
          },
        },
        400,
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const result = signIn("dev");
    await untilAtProvider();
    const denied = {
      type: "social-login:callback",
      error: "access_denied",
      error_description: "User said no",
      state: "STATE-1",
    };
    window.dispatchEvent(messageEvent(denied, ORIGIN, popup));

    const error = await result.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "authorization_denied",
      message: "You cancelled the sign-in.",
      provider: "dev",
    });
    expect(bodyOf(1)).toEqual({
      flow: "FLOW-1",
      redirect_uri: CALLBACK,
      error: "access_denied",
      error_description: "User said no",
      state: "STATE-1",
    });
  });

  it("matches OAuth 1.0a callbacks on oauth_token", async () => {
    fetchMock = vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith("/begin/")
        ? json({ authorization_url: "https://x.example/authorize?oauth_token=T1", flow: "F" })
        : json({ user: USER, is_new: false }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const result = signIn("twitter");
    await vi.waitFor(() => expect(popup.location.replace).toHaveBeenCalled());
    const message = { type: "social-login:callback", oauth_token: "T1", oauth_verifier: "V1" };
    window.dispatchEvent(messageEvent({ ...message, oauth_token: "T2" }, ORIGIN, popup));
    window.dispatchEvent(messageEvent(message, ORIGIN, popup));
    await expect(result).resolves.toEqual({ user: USER, isNew: false, access: undefined });
    expect(bodyOf(1)).toEqual({
      flow: "F",
      redirect_uri: CALLBACK,
      oauth_token: "T1",
      oauth_verifier: "V1",
    });
  });

  it("forwards an OAuth 1.0a cancellation, matched on the denied token", async () => {
    fetchMock = vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith("/begin/")
        ? json({ authorization_url: "https://x.example/authorize?oauth_token=T1", flow: "F" })
        : json({ error: { code: "authorization_denied", message: "Cancelled." } }, 400),
    );
    vi.stubGlobal("fetch", fetchMock);
    const result = signIn("twitter");
    await vi.waitFor(() => expect(popup.location.replace).toHaveBeenCalled());
    window.dispatchEvent(
      messageEvent({ type: "social-login:callback", denied: "T2" }, ORIGIN, popup),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    window.dispatchEvent(
      messageEvent({ type: "social-login:callback", denied: "T1" }, ORIGIN, popup),
    );
    await expect(result).rejects.toMatchObject({ code: "authorization_denied" });
    expect(bodyOf(1)).toEqual({ flow: "F", redirect_uri: CALLBACK, denied: "T1" });
  });

  it("rejects with the API's error when begin fails, and closes the popup", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json({ error: { code: "unknown_provider", message: "No such provider." } }, 404),
      ),
    );
    await expect(signIn("nope")).rejects.toMatchObject({
      name: "ApiError",
      code: "unknown_provider",
      status: 404,
    });
    expect(popup.closed).toBe(true);
  });
});

describe("when things go wrong", () => {
  it("notices within a second that the user closed the popup", async () => {
    vi.useFakeTimers();
    const result = signIn("dev");
    const outcome = result.catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(0);
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBeInstanceOf(PopupClosedError);
  });

  it("still signs in when the callback's message arrives after its popup is seen closed", async () => {
    // The callback page posts, then closes itself; on a busy machine the close can be seen
    // before the message is delivered.
    vi.useFakeTimers();
    const result = signIn("dev");
    await vi.advanceTimersByTimeAsync(0);
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(300);
    vi.useRealTimers();
    window.dispatchEvent(messageEvent(callback(), ORIGIN, popup));
    await expect(result).resolves.toMatchObject({ user: USER });
  });

  it("keeps waiting while a COOP-cut popup looks closed but still has the focus", async () => {
    vi.useFakeTimers();
    const focus = vi.spyOn(document, "hasFocus").mockReturnValue(false);
    const result = signIn("dev");
    await vi.advanceTimersByTimeAsync(0);
    popup.closed = true; // what browsers report once COOP swapped the popup's page
    await vi.advanceTimersByTimeAsync(2000);
    expect(await isSettled(result)).toBe(false);

    new FakeChannel("social-login").postMessage(callback());
    await expect(result).resolves.toMatchObject({ user: USER });
    focus.mockRestore();
  });

  it("rejects PopupClosedError once the user is back with the popup gone", async () => {
    vi.useFakeTimers();
    const focus = vi.spyOn(document, "hasFocus").mockReturnValue(false);
    const outcome = signIn("dev").catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(0);
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(1000);
    focus.mockReturnValue(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBeInstanceOf(PopupClosedError);
  });

  it("times out", async () => {
    vi.useFakeTimers();
    const outcome = signIn("dev", { timeoutMs: 60_000 }).catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(popup.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await outcome).toBeInstanceOf(AuthTimeoutError);
    expect(popup.closed).toBe(true);
  });

  it("times out after five minutes by default", async () => {
    vi.useFakeTimers();
    const outcome = signIn("dev").catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(await outcome).toBeInstanceOf(AuthTimeoutError);
  });

  it("cancels the first sign-in when a second one starts", async () => {
    const first = signIn("dev").catch((reason: unknown) => reason);
    const firstPopup = popup;
    popup = fakePopup();
    open.mockReturnValue(popup as unknown as Window);
    const second = signIn("dev");

    expect(await first).toBeInstanceOf(SignInCancelledError);
    expect(firstPopup.closed).toBe(true);
    await untilAtProvider();
    window.dispatchEvent(messageEvent(callback(), ORIGIN, popup));
    await expect(second).resolves.toMatchObject({ user: USER });
  });
});

describe("when the popup is blocked", () => {
  it.each([
    ["window.open returned null", () => open.mockReturnValue(null)],
    ["the popup closed at once", () => (popup.closed = true)],
  ])("falls back to a full-page redirect when %s", async (_, block) => {
    block();
    const location = stubLocation("/settings", "?tab=accounts");
    const result = signIn("dev");

    await vi.waitFor(() => expect(location.assign).toHaveBeenCalledWith(AUTHORIZE));
    expect(bodyOf(0)).toEqual({ redirect_uri: CALLBACK, intent: "login" });
    // Only the flow token, the provider and the way back: never a credential.
    expect(sessionStorage.length).toBe(1);
    expect(JSON.parse(sessionStorage.getItem("social-login:redirect") ?? "")).toEqual({
      flow: "FLOW-1",
      provider: "dev",
      returnTo: "/settings?tab=accounts",
    });
    expect(await isSettled(result)).toBe(false);
  });

  it("never stores an unsafe return path", async () => {
    open.mockReturnValue(null);
    const location = stubLocation();
    void signIn("dev", { returnTo: "//evil.example/steal" });
    await vi.waitFor(() => expect(location.assign).toHaveBeenCalled());
    expect(JSON.parse(sessionStorage.getItem("social-login:redirect") ?? "")).toMatchObject({
      returnTo: "/",
    });
  });

  it("rejects PopupBlockedError when the redirect fallback is off", async () => {
    open.mockReturnValue(null);
    await expect(signIn("dev", { redirectFallback: false })).rejects.toBeInstanceOf(
      PopupBlockedError,
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
  });

  it("clears a stale redirect record before opening a popup", () => {
    sessionStorage.setItem(
      "social-login:redirect",
      JSON.stringify({ flow: "OLD", provider: "dev", returnTo: "/" }),
    );
    void signIn("dev");
    expect(sessionStorage.length).toBe(0);
  });
});

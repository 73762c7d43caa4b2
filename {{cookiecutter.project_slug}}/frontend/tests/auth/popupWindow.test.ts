import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AuthTimeoutError, PopupClosedError, SignInCancelledError } from "../../src/auth/errors";
import { openPopup, waitForAnswer } from "../../src/auth/popupWindow";
import {
  FakeChannel,
  ORIGIN,
  fakePopup,
  messageEvent,
  stubLocation,
  type FakePopup,
} from "./fakes";

// The wait for the callback's answer on its own: whichever way it ends, its one list of cleanups
// leaves no listener, channel or timer behind and closes the popup.

const AUTHORIZE = "https://idp.example/authorize?state=STATE-1";
let popup: FakePopup;
let removeListener: ReturnType<typeof vi.spyOn>;

const started = (url = AUTHORIZE) => Promise.resolve({ authorization_url: url });
const answer = (state = "STATE-1") => ({ type: "social-login:callback", code: "C", state });

function expectAllUndone(): void {
  expect(removeListener).toHaveBeenCalledWith("message", expect.any(Function));
  expect(FakeChannel.open).toEqual([]);
  expect(vi.getTimerCount()).toBe(0);
  expect(popup.closed).toBe(true);
}

beforeEach(() => {
  vi.useFakeTimers();
  stubLocation();
  popup = fakePopup();
  vi.stubGlobal("BroadcastChannel", FakeChannel);
  vi.spyOn(document, "hasFocus").mockReturnValue(true);
  removeListener = vi.spyOn(window, "removeEventListener");
});

afterEach(() => {
  FakeChannel.open = [];
  vi.useRealTimers();
});

describe("waitForAnswer", () => {
  it("sends the popup to the provider, resolves with the answer and undoes everything", async () => {
    const wait = waitForAnswer(popup as unknown as Window, started(), 60_000);
    await vi.waitFor(() => expect(popup.location.replace).toHaveBeenCalledWith(AUTHORIZE));
    window.dispatchEvent(messageEvent(answer(), ORIGIN, popup));
    await expect(wait).resolves.toEqual(answer());
    expectAllUndone();
  });

  it.each([
    ["after the timeout", AuthTimeoutError, () => vi.advanceTimersByTime(60_000)],
    ["once the user closed the popup", PopupClosedError, () => closeAndPoll()],
  ])("rejects %s, and undoes everything", async (_, error, end) => {
    const wait = waitForAnswer(popup as unknown as Window, started(), 60_000);
    const outcome = wait.catch((reason: unknown) => reason);
    await vi.waitFor(() => expect(popup.location.replace).toHaveBeenCalled());
    end();
    expect(await outcome).toBeInstanceOf(error);
    expectAllUndone();
  });

  it("never sends a popup that is already given up on to the provider", async () => {
    let begun: (value: { authorization_url: string }) => void = () => undefined;
    const late = new Promise<{ authorization_url: string }>((resolve) => (begun = resolve));
    const outcome = waitForAnswer(popup as unknown as Window, late, 60_000).catch((e) => e);
    closeAndPoll();
    expect(await outcome).toBeInstanceOf(PopupClosedError);
    begun({ authorization_url: AUTHORIZE });
    await Promise.resolve();
    expect(popup.location.replace).not.toHaveBeenCalled();
  });

  it("rejects with the error of a failed begin, and closes the popup", async () => {
    const refused = new Error("begin failed");
    const wait = waitForAnswer(popup as unknown as Window, Promise.reject(refused), 60_000);
    await expect(wait).rejects.toBe(refused);
    expectAllUndone();
  });
});

describe("openPopup", () => {
  it("cancels the wait of the popup opened before", async () => {
    vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const first = waitForAnswer(openPopup() as Window, started(), 60_000).catch((e) => e);
    openPopup();
    expect(await first).toBeInstanceOf(SignInCancelledError);
    expect(popup.closed).toBe(true);
  });

  it("returns null when the browser blocked the popup", () => {
    vi.spyOn(window, "open").mockReturnValue(null);
    expect(openPopup()).toBeNull();
  });
});

/** The user closes the popup; the opener notices on its next polls. */
function closeAndPoll(): void {
  popup.closed = true;
  vi.advanceTimersByTime(1_000);
}

import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SessionContext, type SessionState } from "../../src/state/session";
import { useDeleteAccount } from "../../src/state/useDeleteAccount";
import { useNotes } from "../../src/state/useNotes";
import type { Notice } from "../../src/state/useNotice";
import { useProfile } from "../../src/state/useProfile";
import { useSignIns } from "../../src/state/useSignIns";
import { json } from "../auth/fakes";
import { ALICE } from "./harness";

// The same auth mode in every bake (bearerMode.ts says why).
vi.mock("../../src/auth/mode/chosen", () => import("../auth/bearerMode"));

// The account center's hooks on their own, with a fake session and a fake fetch.

let root: Root;
let session: SessionState;

const HERE = { id: "s-1", device: "Firefox on Ubuntu", started_at: "", last_used_at: "" };
const THIS = { ...HERE, current: true };
const OTHER = { ...HERE, id: "s-2", current: false };
const signIns = [THIS, OTHER];
const invalid = (field: string, message: string) =>
  json(
    { error: { code: "invalid_request", message: "Invalid.", fields: { [field]: [message] } } },
    400,
  );
const broken = () => json({ error: { code: "server_error", message: "Oops." } }, 500);

/** Answers each request with `answer(method, path)`. */
function fakeFetch(answer: (method: string, path: string) => Response): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: Request) => answer(input.method, new URL(input.url).pathname)),
  );
}

async function renderHook<T>(hook: () => T): Promise<() => T> {
  let latest: T | undefined;
  function Probe() {
    latest = hook();
    return null;
  }
  await act(async () =>
    root.render(
      <SessionContext value={session}>
        <Probe />
      </SessionContext>,
    ),
  );
  return () => latest as T;
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(document.createElement("div"));
  const notice: Notice = { status: "", error: null, say: vi.fn(), fail: vi.fn(), alert: vi.fn() };
  session = { notice, setUser: vi.fn(), signedOut: vi.fn() } as unknown as SessionState;
});

afterEach(() => {
  act(() => root.unmount());
});

describe("useSignIns", () => {
  it("signing out this device's own sign-in forgets it here; another one reloads the list", async () => {
    let listed = signIns;
    fakeFetch((method) => {
      if (method === "GET") return json(listed);
      listed = [THIS];
      return new Response(null, { status: 204 });
    });
    const get = await renderHook(useSignIns);
    await vi.waitFor(() => expect(get().signIns).toHaveLength(2));

    act(() => get().endOne(OTHER));
    await vi.waitFor(() => expect(get().signIns).toHaveLength(1));
    expect(session.notice.say).toHaveBeenCalledWith("Signed out on Firefox on Ubuntu.");
    expect(session.signedOut).not.toHaveBeenCalled();

    act(() => get().endOne(THIS));
    await vi.waitFor(() => expect(session.signedOut).toHaveBeenCalledWith("Signed out."));
  });

  it("says why a sign-out was refused, and stays signed in", async () => {
    fakeFetch((method) => (method === "GET" ? json(signIns) : broken()));
    const get = await renderHook(useSignIns);
    await vi.waitFor(() => expect(get().signIns).toHaveLength(2));
    act(() => get().endAll());
    await vi.waitFor(() => expect(session.notice.fail).toHaveBeenCalled());
    expect(session.signedOut).not.toHaveBeenCalled();
    expect(get().pending).toBe(false);
  });
});

describe("useProfile", () => {
  it("shows the saved user; a refused name's reasons go to the field, not the alert", async () => {
    let answer = () => json({ ...ALICE, display_name: "Ada" });
    fakeFetch(() => answer());
    const get = await renderHook(useProfile);
    await act(() => get().save("Ada"));
    expect(session.setUser).toHaveBeenCalledWith({ ...ALICE, display_name: "Ada" });

    answer = () => invalid("display_name", "Too long.");
    await act(() => get().save("x".repeat(65)));
    expect(get().errors).toEqual(["Too long."]);
    expect(session.notice.fail).not.toHaveBeenCalled();

    answer = broken;
    await act(() => get().save("Ada"));
    expect(get().errors).toEqual([]);
    expect(session.notice.fail).toHaveBeenCalledTimes(1);
  });
});

describe("useNotes", () => {
  it("adds a note first in the list; a refused one is false with the field's reasons", async () => {
    const note = { id: 1, text: "Hi", created_at: "" };
    let created = () => json(note, 201);
    fakeFetch((method) => (method === "GET" ? json([]) : created()));
    const get = await renderHook(useNotes);
    await vi.waitFor(() => expect(get().notes).toEqual([]));

    let added = false;
    await act(async () => {
      added = await get().add("Hi");
    });
    expect(added).toBe(true);
    expect(get().notes).toEqual([note]);

    created = () => invalid("text", "This field may not be blank.");
    await act(async () => {
      added = await get().add("");
    });
    expect(added).toBe(false);
    expect(get().errors).toEqual(["This field may not be blank."]);
  });
});

describe("useDeleteAccount", () => {
  it("stays signed in and says why when the API refuses", async () => {
    fakeFetch(() => json({ error: { code: "invalid_request", message: "Type delete." } }, 400));
    const get = await renderHook(useDeleteAccount);
    act(() => get().remove("nope"));
    await vi.waitFor(() => expect(session.notice.fail).toHaveBeenCalled());
    expect(session.signedOut).not.toHaveBeenCalled();
  });
});

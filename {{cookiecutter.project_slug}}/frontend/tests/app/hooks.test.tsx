import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SessionContext, useSession, type SessionState } from "../../src/state/session";
import { useConnections, type ConnectionsState } from "../../src/state/useConnections";
import { useNotice, type Notice } from "../../src/state/useNotice";
import { json } from "../auth/fakes";

// The state hooks on their own, in a component that only hands out what they return.

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const DEV = { id: "dev", name: "Dev login", protocol: "oidc" as const };
const ALICE_DEV = { id: 7, provider: "dev", uid: "alice", label: "", created: "2026-01-01" };
let container: HTMLDivElement;
let root: Root;

/** Renders `hook` and returns a getter of its latest result. */
async function renderHook<T>(hook: () => T, session?: Partial<SessionState>): Promise<() => T> {
  let latest: T | undefined;
  function Probe() {
    latest = hook();
    return null;
  }
  const value = session ? ({ ...session } as SessionState) : null;
  await act(async () =>
    root.render(
      value ? (
        <SessionContext value={value}>
          <Probe />
        </SessionContext>
      ) : (
        <Probe />
      ),
    ),
  );
  return () => latest as T;
}

function fakeNotice(): Notice {
  return { status: "", error: null, say: vi.fn(), fail: vi.fn(), alert: vi.fn() };
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
});

describe("useNotice", () => {
  it("says a status, which clears the alert; fails with words, which clears the status", async () => {
    const notice = await renderHook(useNotice);
    act(() => notice().fail(new TypeError("Failed to fetch")));
    expect(notice().error).toBe("Cannot reach the server. Check your connection.");
    expect(notice().status).toBe("");
    act(() => notice().say("Signed out."));
    expect(notice()).toMatchObject({ status: "Signed out.", error: null });
  });
});

describe("useSession", () => {
  it("refuses to run outside the app's session context", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(renderHook(useSession)).rejects.toThrow(/outside/);
  });
});

describe("useConnections", () => {
  let connections: ConnectionsState;
  let notice: Notice;

  async function render(start = vi.fn(async () => true)): Promise<() => ConnectionsState> {
    notice = fakeNotice();
    const get = await renderHook(useConnections, { notice, start, setBusy: vi.fn() });
    await vi.waitFor(() => expect(get().connections).not.toBeNull());
    return get;
  }

  it("loads the connections, and shows the API's own words when a disconnect is refused", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: Request) =>
        input.method === "DELETE"
          ? json({ error: { code: "last_login_method", message: "Keep one." } }, 409)
          : json({ connections: [ALICE_DEV] }),
      ),
    );
    const get = await render();
    connections = get();
    expect(connections.connections).toEqual([ALICE_DEV]);
    act(() => connections.remove(ALICE_DEV));
    await vi.waitFor(() => expect(notice.alert).toHaveBeenCalledWith("Keep one."));
  });

  it("tells a newly connected account from one connected before", async () => {
    let list = [ALICE_DEV];
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json({ connections: list })),
    );
    const get = await render(
      vi.fn(async () => {
        list = [ALICE_DEV, { ...ALICE_DEV, id: 8, uid: "bob" }];
        return true;
      }),
    );
    act(() => get().connect(DEV));
    await vi.waitFor(() => expect(notice.say).toHaveBeenCalledWith("Dev login is now connected."));
    expect(get().connections).toHaveLength(2);
  });
});

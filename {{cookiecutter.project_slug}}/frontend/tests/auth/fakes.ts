import { vi } from "vitest";

/** Test doubles for the browser parts the sign-in helper talks to. */

export const ORIGIN = "https://app.example";

/** BroadcastChannel that delivers to the other open instances of the same name. */
export class FakeChannel {
  static open: FakeChannel[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;

  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }

  postMessage(data: unknown): void {
    for (const other of FakeChannel.open) {
      if (other !== this && other.name === this.name && !other.closed) {
        other.onmessage?.(new MessageEvent("message", { data }));
      }
    }
  }

  close(): void {
    this.closed = true;
    FakeChannel.open = FakeChannel.open.filter((channel) => channel !== this);
  }
}

export interface FakePopup {
  closed: boolean;
  close: () => void;
  location: { replace: ReturnType<typeof vi.fn> };
}

export function fakePopup(): FakePopup {
  return {
    closed: false,
    close() {
      this.closed = true;
    },
    location: { replace: vi.fn() },
  };
}

export interface FakeLocation {
  origin: string;
  href: string;
  pathname: string;
  search: string;
  assign: ReturnType<typeof vi.fn>;
  replace: ReturnType<typeof vi.fn>;
}

/** A location object the code under test can navigate without jsdom leaving the page. */
export function stubLocation(path = "/", search = ""): FakeLocation {
  const location: FakeLocation = {
    origin: ORIGIN,
    href: `${ORIGIN}${path}${search}`,
    pathname: path,
    search,
    assign: vi.fn(),
    replace: vi.fn(),
  };
  vi.stubGlobal("location", location);
  return location;
}

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });

/** A window `message` event as the browser would build it. */
export function messageEvent(data: unknown, origin: string, source: unknown): MessageEvent {
  const event = new MessageEvent("message", { data, origin });
  Object.defineProperty(event, "source", { value: source });
  return event;
}

/** A JWT whose payload says it expires at `exp` (seconds); the signature is not checked here. */
export function fakeJwt(exp: number): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${encode({ alg: "HS256" })}.${encode({ exp, user_id: 1 })}.signature`;
}

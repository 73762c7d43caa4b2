import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { vi } from "vitest";
import { json } from "../auth/fakes";

// The whole app in jsdom, signed in as Alice (jwt), against a fake API: `routes` answers by
// path; each test sets the answers it needs and reads `calls` for what the app sent.

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

export const ALICE = {
  id: 1,
  username: "alice",
  email: "alice@example.com",
  first_name: "Alice",
  last_name: "Liddell",
  display_name: "Alice Liddell",
  date_joined: "2026-01-01T00:00:00Z",
};

export type Answer = (method: string, body: string) => Response | undefined;
export interface Call {
  method: string;
  path: string;
  body: string;
}

export let routes: Record<string, Answer> = {};
export const calls: Call[] = [];
let container: HTMLDivElement;
let root: Root;

export const denied = (code: string, status: number, message = "No.", fields?: object) =>
  json({ error: { code, message, ...(fields ? { fields } : {}) } }, status);
export const noContent = () => new Response(null, { status: 204 });

async function request(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const req = new Request(
    input instanceof Request ? input : new URL(String(input), location.href),
    init,
  );
  const path = new URL(req.url).pathname;
  const body = await req.text();
  calls.push({ method: req.method, path, body });
  return routes[path]?.(req.method, body) ?? denied("not_found", 404, "Not found.");
}

/** The fake API of a signed-in Alice, before each test; tests add or replace answers. */
export function fakeApi(): void {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  calls.length = 0;
  vi.stubGlobal("fetch", vi.fn(request));
  routes = {
    "/api/auth/providers/": () => json({ providers: [] }),
    "/api/auth/token/refresh/": () => json({ access: "ACCESS-0" }),
    "/api/auth/me/": () => json(ALICE),
    "/api/auth/connections/": () => json({ connections: [] }),
  };
}

/** Renders the app at `path`. */
export async function renderAppAt(path: string): Promise<void> {
  history.replaceState(null, "", path);
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  vi.resetModules();
  const { App } = await import("../../src/App");
  await act(async () => root.render(<App />));
}

export function unmount(): void {
  act(() => root.unmount());
  container.remove();
}

export const text = () => container.textContent ?? "";
export const $ = <T extends Element = HTMLElement>(selector: string) =>
  container.querySelector<T>(selector);
export const status = () => $("[role=status]")?.textContent;
export const button = (name: string) =>
  [...container.querySelectorAll("button")].find(
    (b) => (b.getAttribute("aria-label") ?? b.textContent) === name,
  );
export const until = (check: () => void) => vi.waitFor(check, { timeout: 3000 });

/** Types `value` into the input named `name` the way React sees it. */
export function type(name: string, value: string): void {
  const input = $<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`no input ${name}`);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export function submit(selector = "form"): void {
  act(() => $<HTMLFormElement>(selector)?.requestSubmit());
}

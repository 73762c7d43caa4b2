import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { json } from "../auth/fakes";
import {
  $,
  ALICE,
  button,
  calls,
  denied,
  fakeApi,
  noContent,
  renderAppAt,
  routes,
  status,
  submit,
  text,
  type,
  unmount,
  until,
} from "./harness";

// The same auth mode in every bake (bearerMode.ts says why).
vi.mock("../../src/auth/mode/chosen", () => import("../auth/bearerMode"));

// The account center's pages and the notes example, each against the fake API.

const HERE = {
  id: "s-1",
  device: "Firefox on Ubuntu",
  started_at: "2026-03-01T10:00:00Z",
  last_used_at: "2026-03-02T10:00:00Z",
  current: true,
};
const PHONE = { ...HERE, id: "s-2", device: "Mobile Safari on iOS", current: false };

const sent = (method: string, path: string) =>
  calls.filter((call) => call.method === method && call.path === path).map((call) => call.body);

beforeEach(fakeApi);
afterEach(unmount);

describe("profile", () => {
  it("saves the display name and shows it in the user menu", async () => {
    routes["/api/auth/me/"] = (method, body) =>
      json(method === "PATCH" ? { ...ALICE, display_name: JSON.parse(body).display_name } : ALICE);
    await renderAppAt("/account");
    await until(() => expect($("input[name=display_name]")).not.toBeNull());
    expect($<HTMLInputElement>("input[name=display_name]")?.value).toBe("Alice Liddell");

    type("display_name", "Ada");
    submit("form[aria-labelledby=profile-form-heading]");

    await until(() => expect(status()).toBe("Your name is saved."));
    expect(sent("PATCH", "/api/auth/me/")).toEqual([JSON.stringify({ display_name: "Ada" })]);
    expect($("nav[aria-label='User menu']")?.textContent).toContain("Ada");
  });

  it("shows the API's reason a name was refused under the field", async () => {
    routes["/api/auth/me/"] = (method) =>
      method === "PATCH"
        ? denied("invalid_request", 400, "Invalid input.", {
            display_name: ["Ensure this field has no more than 64 characters."],
          })
        : json(ALICE);
    await renderAppAt("/account");
    await until(() => expect($("input[name=display_name]")).not.toBeNull());
    type("display_name", "x".repeat(65));
    submit("form[aria-labelledby=profile-form-heading]");

    await until(() => expect($(".field-error")?.textContent).toMatch(/no more than 64/));
    const input = $("input[name=display_name]");
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    expect(input?.getAttribute("aria-describedby")).toBe($(".field-error")?.id);
    expect($("[role=alert]")).toBeNull();
  });
});

describe("connected accounts", () => {
  it("names each account by its label, or its uid when the API has none", async () => {
    routes["/api/auth/connections/"] = () =>
      json({
        connections: [
          { id: 7, provider: "dev", uid: "sub-1", label: "alice@example.com", created: "" },
          { id: 8, provider: "dev", uid: "sub-2", label: "", created: "" },
        ],
      });
    await renderAppAt("/account");
    await until(() => expect(button("Disconnect dev account alice@example.com")).toBeDefined());
    expect(button("Disconnect dev account sub-2")).toBeDefined();
    expect(text()).not.toContain("sub-1");
  });
});

describe("the provider's profile (the API calling the provider as the user)", () => {
  const DEV = { id: 7, provider: "dev", uid: "sub-1", label: "alice@example.com", created: "" };

  it("shows the profile the API read from the provider", async () => {
    routes["/api/auth/connections/"] = () => json({ connections: [DEV] });
    routes["/api/auth/connections/7/provider-profile/"] = () =>
      json({ provider: "dev", profile: { sub: "sub-1", email: "alice@example.com" } });
    await renderAppAt("/account");
    await until(() => expect(button("Profile at dev of alice@example.com")).toBeDefined());

    act(() => button("Profile at dev of alice@example.com")?.click());

    await until(() => expect($(".provider-profile")?.textContent).toContain('"sub": "sub-1"'));
    expect(sent("GET", "/api/auth/connections/7/provider-profile/")).toHaveLength(1);
  });

  it("says to connect again when the provider's grant is gone", async () => {
    routes["/api/auth/connections/"] = () => json({ connections: [DEV] });
    routes["/api/auth/connections/7/provider-profile/"] = () =>
      denied("reconsent_required", 403, "Connect again.");
    await renderAppAt("/account");
    await until(() => expect(button("Profile at dev of alice@example.com")).toBeDefined());

    act(() => button("Profile at dev of alice@example.com")?.click());

    await until(() => expect($("[role=alert]")?.textContent).toMatch(/Connect this account again/));
    expect($(".provider-profile")).toBeNull();
  });
});

describe("where you're signed in", () => {
  it("lists the sign-ins, this device marked, and signs another one out", async () => {
    let signIns = [HERE, PHONE];
    routes["/api/auth/sign-ins/"] = () => json(signIns);
    routes["/api/auth/sign-ins/s-2/"] = () => {
      signIns = [HERE];
      return noContent();
    };
    await renderAppAt("/account/sign-ins");
    await until(() => expect(button("Sign out on Mobile Safari on iOS")).toBeDefined());
    const rows = [...document.querySelectorAll(".sign-ins li")];
    expect(rows.map((row) => row.getAttribute("aria-current"))).toEqual(["true", null]);
    expect(rows[0]?.textContent).toContain("This device");
    expect(rows[0]?.querySelector("time")?.getAttribute("dateTime")).toBe(HERE.started_at);

    act(() => button("Sign out on Mobile Safari on iOS")?.click());

    await until(() => expect(status()).toBe("Signed out on Mobile Safari on iOS."));
    expect(sent("DELETE", "/api/auth/sign-ins/s-2/")).toHaveLength(1);
    expect(button("Sign out on Mobile Safari on iOS")).toBeUndefined();
    expect(button("Sign out everywhere else")?.disabled).toBe(true);
  });

  it("signs out everywhere else and stays signed in here", async () => {
    let signIns = [HERE, PHONE];
    routes["/api/auth/sign-ins/"] = () => json(signIns);
    routes["/api/auth/sign-ins/sign-out-others/"] = () => {
      signIns = [HERE];
      return noContent();
    };
    await renderAppAt("/account/sign-ins");
    await until(() => expect(button("Sign out everywhere else")?.disabled).toBe(false));
    act(() => button("Sign out everywhere else")?.click());

    await until(() => expect(status()).toBe("Signed out everywhere else."));
    expect(sent("POST", "/api/auth/sign-ins/sign-out-others/")).toEqual(["{}"]);
    expect(button("Log out")).toBeDefined();
  });

  it.each([
    [
      "everywhere",
      "Sign out everywhere",
      "/api/auth/sign-ins/sign-out-all/",
      "Signed out everywhere.",
    ],
    ["on this device", "Sign out on this device", "/api/auth/sign-ins/s-1/", "Signed out."],
  ])("signing out %s signs this app out", async (_case, name, path, said) => {
    routes["/api/auth/sign-ins/"] = () => json([HERE, PHONE]);
    routes[path] = noContent;
    await renderAppAt("/account/sign-ins");
    await until(() => expect(button(name)).toBeDefined());
    act(() => button(name)?.click());

    await until(() => expect(status()).toBe(said));
    expect(button("Log out")).toBeUndefined();
    const { getAccessToken } = await import("../../src/auth");
    expect(getAccessToken()).toBeNull();
  });
});

describe("delete account", () => {
  it("asks for the word typed, then deletes and signs out to the sign-in page", async () => {
    routes["/api/auth/me/"] = (method) => (method === "DELETE" ? noContent() : json(ALICE));
    await renderAppAt("/account/delete");
    await until(() => expect(button("Delete my account")).toBeDefined());
    expect(button("Delete my account")?.disabled).toBe(true);
    type("confirm", "delet");
    expect(button("Delete my account")?.disabled).toBe(true);
    type("confirm", " Delete ");
    expect(button("Delete my account")?.disabled).toBe(false);

    submit();

    await until(() => expect(status()).toBe("Your account has been deleted."));
    expect(sent("DELETE", "/api/auth/me/")).toEqual([JSON.stringify({ confirm: " Delete " })]);
    expect(location.pathname + location.search).toBe("/sign-in");
    expect(button("Log out")).toBeUndefined();
  });

  it("stays signed in and says why when the API refuses", async () => {
    routes["/api/auth/me/"] = (method) =>
      method === "DELETE" ? denied("provider_unavailable", 503, "Try later.") : json(ALICE);
    await renderAppAt("/account/delete");
    await until(() => expect(button("Delete my account")).toBeDefined());
    type("confirm", "delete");
    submit();
    await until(() => expect($("[role=alert]")?.textContent).toMatch(/not answering/));
    expect(button("Log out")).toBeDefined();
  });
});

describe("notes (the example resource)", () => {
  it("lists, adds and deletes the user's notes", async () => {
    const first = { id: 1, text: "Buy milk", created_at: "2026-03-01T10:00:00Z" };
    routes["/api/notes/"] = (method, body) =>
      method === "POST"
        ? json({ id: 2, text: JSON.parse(body).text, created_at: "2026-03-02T10:00:00Z" }, 201)
        : json([first]);
    routes["/api/notes/1/"] = noContent;
    await renderAppAt("/notes");
    await until(() => expect(button("Delete note Buy milk")).toBeDefined());

    type("text", "Call Bob");
    submit();
    await until(() => expect(button("Delete note Call Bob")).toBeDefined());
    expect($<HTMLInputElement>("input[name=text]")?.value).toBe("");
    expect([...document.querySelectorAll(".notes li span")].map((s) => s.textContent)).toEqual([
      "Call Bob",
      "Buy milk",
    ]);

    act(() => button("Delete note Buy milk")?.click());
    await until(() => expect(button("Delete note Buy milk")).toBeUndefined());
    expect(sent("DELETE", "/api/notes/1/")).toHaveLength(1);
  });

  it("keeps what was typed and shows why a note was refused", async () => {
    routes["/api/notes/"] = (method) =>
      method === "POST"
        ? denied("invalid_request", 400, "Invalid input.", {
            text: ["This field may not be blank."],
          })
        : json([]);
    await renderAppAt("/notes");
    await until(() => expect(text()).toContain("No notes yet."));
    type("text", " ");
    submit();
    await until(() => expect($(".field-error")?.textContent).toBe("This field may not be blank."));
    expect($<HTMLInputElement>("input[name=text]")?.value).toBe(" ");
  });
});

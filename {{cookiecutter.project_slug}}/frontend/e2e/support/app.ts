import { expect, type Page } from "@playwright/test";

export type DevUser = "alice" | "bob";

export const profile = {
  alice: { name: "Alice Liddell", email: "alice@example.com" },
  bob: { name: "Bob Builder", email: "bob@example.com" },
} as const;

export const signInButton = (page: Page) =>
  page.getByRole("button", { name: "Continue with Dev login" });

/** Opens the app at `path` and waits until it offers the dev provider. */
export async function openApp(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(signInButton(page)).toBeVisible();
}

/** Fills the dev provider's own login form (a real form, served by the provider). */
export async function loginAtProvider(page: Page, user: DevUser): Promise<void> {
  await page.getByLabel("Username").fill(user);
  await page.getByLabel("Password").fill(`${user}-password`);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Presses `button`, which opens the sign-in popup; returns the popup and a promise of its close. */
export async function openPopup(
  page: Page,
  button = signInButton(page),
  press: "click" | "tap" = "click",
) {
  const [popup] = await Promise.all([page.waitForEvent("popup"), button[press]()]);
  const closed = popup.waitForEvent("close", { timeout: 30_000 });
  await popup.waitForURL(/\/login\//);
  return { popup, closed };
}

export async function expectSignedIn(page: Page, user: DevUser): Promise<void> {
  await expect(page.getByRole("heading", { name: profile[user].name })).toBeVisible();
  // The profile's email (the connected account's label may show it too).
  await expect(page.getByRole("definition").filter({ hasText: profile[user].email })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
}

export async function expectSignedOut(page: Page): Promise<void> {
  await expect(signInButton(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
}

/** Every POST to a complete endpoint the page makes, with its JSON body. */
export async function recordCompletes(page: Page): Promise<Record<string, unknown>[]> {
  const bodies: Record<string, unknown>[] = [];
  // A route sees the body of a fetch; the plain "request" event may not.
  await page.route(/\/api\/auth\/social\/[^/]+\/complete\/$/, async (route) => {
    bodies.push(JSON.parse(route.request().postData() ?? "null") as Record<string, unknown>);
    await route.continue();
  });
  return bodies;
}

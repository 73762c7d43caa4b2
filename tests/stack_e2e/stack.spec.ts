// The production stack (tests/stack.py): nginx with TLS, two API instances, the dev provider as
// an outside OpenID Connect provider. One browser signs in through all of it.
import { expect, test, type Page, type Route } from "@playwright/test";

const instance = (name: string) => `127.0.0.1:${process.env[`STACK_PORT_${name.toUpperCase()}`]}`;

/** Sends every request matching `pattern` to one instance (nginx reads X-Instance). */
async function pin(page: Page, pattern: RegExp, name: "a" | "b"): Promise<void> {
  await page.route(pattern, async (route: Route) => {
    const headers = { ...(await route.request().allHeaders()), "x-instance": name };
    await route.continue({ headers });
  });
}

async function signIn(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Continue with Company login" });
  const [popup] = await Promise.all([page.waitForEvent("popup"), button.click()]);
  const closed = popup.waitForEvent("close", { timeout: 30_000 });
  await popup.getByLabel("Username").fill("alice");
  await popup.getByLabel("Password").fill("alice-password");
  await popup.getByRole("button", { name: "Sign in" }).click();
  await closed;
  await expect(page.getByRole("heading", { name: "Alice Liddell" })).toBeVisible();
}

test("sign-in begun on one instance completes on the other; losing one keeps the user", async ({
  page,
  context,
}) => {
  await pin(page, /\/api\/auth\/social\/oidc\/begin\/$/, "a");
  await pin(page, /\/api\/auth\/social\/oidc\/complete\/$/, "b");
  const begin = page.waitForResponse(/\/begin\/$/);
  const complete = page.waitForResponse(/\/complete\/$/);

  await page.goto("/");
  await signIn(page);

  expect((await begin).headers()["x-upstream"]).toBe(instance("a"));
  expect((await complete).status()).toBe(200);
  expect((await complete).headers()["x-upstream"]).toBe(instance("b"));
  expect((await complete).headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
  const refresh = (await context.cookies()).find((cookie) => cookie.name === "refresh_token");
  expect(refresh).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });

  // Instance a goes away (a deploy, a crash): nginx sends everything to b.
  process.kill(-Number(process.env.STACK_STOP_PGID), "SIGTERM");
  await expect
    .poll(async () => fetch(`http://${instance("a")}/api/health/`).then(() => "up", () => "down"))
    .toBe("down");
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Alice Liddell" })).toBeVisible();

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("button", { name: "Continue with Company login" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Continue with Company login" })).toBeVisible();
});

import { devices, expect, test } from "@playwright/test";
import { apiOrigin, authMode, split } from "./support/stack";
import {
  expectSignedIn,
  expectSignedOut,
  loginAtProvider,
  openApp,
  openPopup,
  recordCompletes,
  signInButton,
} from "./support/app";

const SPLIT = { tag: "@split" };

test(
  "popup sign-in as alice shows her profile, and the popup closes itself",
  SPLIT,
  async ({ page }) => {
    await openApp(page);
    const completes = await recordCompletes(page);
    const { popup, closed } = await openPopup(page);
    await loginAtProvider(popup, "alice");
    await closed;
    await expectSignedIn(page, "alice");
    expect(completes).toHaveLength(1);
    expect(completes[0]).toMatchObject({
      redirect_uri: `${new URL(page.url()).origin}/auth/callback`,
    });
    if (split) {
      // The API's cookies are its own host's: the page sees none of them, the CSRF token included.
      expect(await page.evaluate(() => document.cookie)).not.toMatch(/csrftoken|sessionid/);
    }
  },
);

test(
  "a reload keeps alice signed in; after logout a replayed credential is refused",
  SPLIT,
  async ({ page, context }) => {
    await openApp(page);
    const { popup, closed } = await openPopup(page);
    await loginAtProvider(popup, "alice");
    await closed;
    await expectSignedIn(page, "alice");

    await page.reload();
    await expectSignedIn(page, "alice");

    const credentialName = authMode === "jwt" ? "refresh_token" : "sessionid";
    const credential = (await context.cookies()).find((c) => c.name === credentialName);
    if (!credential) throw new Error(`no ${credentialName} cookie after sign-in`);
    expect(credential.httpOnly).toBe(true);

    await page.getByRole("button", { name: "Log out" }).click();
    await expectSignedOut(page);
    await page.reload();
    await expectSignedOut(page);

    // Replay the credential that was valid before logout, from the page as the SPA would.
    await context.addCookies([credential]);
    const replay = await page.evaluate(
      async ([api, jwt]) => {
        const response = jwt
          ? await fetch(`${api}/api/auth/token/refresh/`, {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: "{}",
              credentials: "include",
            })
          : await fetch(`${api}/api/auth/me/`, { credentials: "include" });
        return {
          status: response.status,
          body: (await response.json()) as { error: { code: string } },
        };
      },
      [apiOrigin, authMode === "jwt"] as const,
    );
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe(authMode === "jwt" ? "token_invalid" : "not_authenticated");
  },
);

test.describe("on a phone", () => {
  const { userAgent, deviceScaleFactor } = devices["Pixel 7"];
  test.use({
    userAgent,
    deviceScaleFactor,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });

  test("the same popup sign-in works on a 390x844 touch screen", async ({ page }) => {
    await openApp(page);
    const { popup, closed } = await openPopup(page, signInButton(page), "tap");
    await loginAtProvider(popup, "alice");
    await closed;
    await expectSignedIn(page, "alice");
    // Nothing wider than the screen: no sideways scrolling.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("a browser that refuses the sign-in cookie is told so, not silently signed out later", async ({
  page,
  context,
}) => {
  await openApp(page);
  // What a browser blocking the API's cookies does: the answer to complete sets none. (route.fetch
  // stores the cookies it gets in the context: they are dropped again before the page sees it.)
  await page.route(/\/api\/auth\/social\/[^/]+\/complete\/$/, async (route) => {
    const response = await route.fetch();
    await context.clearCookies({ name: authMode === "jwt" ? "refresh_token" : "sessionid" });
    const headers = Object.fromEntries(
      Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== "set-cookie"),
    );
    await route.fulfill({ response, headers });
  });
  // Session mode may need two tries: a csrf_failed, then a fresh token (it changed at sign-in).
  const loggedOut = page.waitForResponse(
    (response) => response.url().endsWith("/api/auth/logout/") && response.status() === 204,
  );
  const { popup, closed } = await openPopup(page);
  await loginAtProvider(popup, "alice");
  await closed;

  await expect(page.getByRole("alert")).toContainText("refused this site's sign-in cookie");
  await expectSignedOut(page);
  // jwt: the sign-in is ended by its access token, since no cookie can name it.
  const request = (await loggedOut).request();
  if (authMode === "jwt") expect(request.headers()["authorization"]).toMatch(/^Bearer /);
});

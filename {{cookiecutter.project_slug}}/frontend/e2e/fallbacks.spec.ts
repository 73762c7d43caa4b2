import { expect, test } from "@playwright/test";
import { startDevidp } from "./support/stack";
import {
  expectSignedIn,
  expectSignedOut,
  loginAtProvider,
  openApp,
  openPopup,
  recordCompletes,
  signInButton,
} from "./support/app";

test(
  "a blocked popup falls back to a redirect that lands where the user started",
  {
    tag: "@split",
  },
  async ({ page }) => {
    // What a popup blocker does: window.open returns null.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    // A protected page: signed out, it sends the user to sign-in, which brings them back here.
    const start = "/account?tab=members";
    await openApp(page, start);
    await signInButton(page).click();
    await page.waitForURL(/\/login\//);
    await loginAtProvider(page, "alice");
    await page.waitForURL((url) => url.pathname + url.search === start);
    await expectSignedIn(page, "alice");
    // The code and state never stay in the address bar or the history.
    expect(page.url()).not.toContain("code=");
  },
);

test("the user closes the popup: the app says so, and a new sign-in works", async ({ page }) => {
  await openApp(page);
  const first = await openPopup(page);
  await first.popup.close();
  await expect(page.getByRole("alert")).toHaveText(
    "The sign-in window was closed before finishing.",
  );
  await expectSignedOut(page);

  const second = await openPopup(page);
  await loginAtProvider(second.popup, "alice");
  await second.closed;
  await expectSignedIn(page, "alice");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test.describe("when the provider sends Cross-Origin-Opener-Policy: same-origin", () => {
  test.beforeAll(() => startDevidp({ coop: true }));
  test.afterAll(() => startDevidp());

  test("sign-in still completes, over the BroadcastChannel", async ({ page }) => {
    // Headless Chromium reports every page as focused. A real browser gives the focus to the
    // popup, and the app relies on that: a cut-off popup reads as closed, but it only counts
    // as closed by the user once the app's window has the focus back.
    await page.addInitScript(() => {
      Document.prototype.hasFocus = () => false;
    });
    await openApp(page);
    const completes = await recordCompletes(page);
    const { popup } = await openPopup(page);
    // The provider's answer really carries the header that cuts window.opener.
    const response = await page.request.get(popup.url());
    expect(response.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    expect(await popup.evaluate(() => window.opener === null)).toBe(true);
    await loginAtProvider(popup, "alice");
    await expectSignedIn(page, "alice");
    expect(completes).toHaveLength(1);
  });
});

test.describe("when the provider asks for consent", () => {
  test.beforeAll(() => startDevidp({ consent: true }));
  test.afterAll(() => startDevidp());

  test("denying it shows the authorization_denied message", async ({ page }) => {
    await openApp(page);
    const { popup, closed } = await openPopup(page);
    await loginAtProvider(popup, "alice");
    await popup.getByRole("button", { name: "Deny" }).click();
    await closed;
    await expect(page.getByRole("alert")).toHaveText("Sign-in was cancelled at the provider.");
    await expectSignedOut(page);
  });
});

import { expect, test } from "@playwright/test";
import { appOrigin } from "./support/stack";
import {
  expectSignedIn,
  loginAtProvider,
  openApp,
  openPopup,
  recordCompletes,
} from "./support/app";

test("a forged {code, state} from another origin is ignored", async ({ page }) => {
  await openApp(page);
  const completes = await recordCompletes(page);
  const { popup, closed } = await openPopup(page);

  // The popup is on the provider's origin now: a page there knows the real state (it is in
  // its URL) and holds a reference to the app window. It forges the callback message.
  const authorize = new URL(new URL(popup.url()).searchParams.get("next") ?? "", popup.url());
  const state = authorize.searchParams.get("state");
  expect(state).toBeTruthy();
  await popup.evaluate((forgedState) => {
    const forged = { type: "social-login:callback", code: "forged-code", state: forgedState };
    // The opener is another origin's window: "*" is the only target such a page can use.
    window.opener.postMessage(forged, "*");
    window.opener.postMessage({ code: "forged-code", state: forgedState }, "*");
  }, state);

  // The real sign-in still completes, with the real code only.
  await loginAtProvider(popup, "alice");
  await closed;
  await expectSignedIn(page, "alice");
  expect(completes).toHaveLength(1);
  expect(completes[0]?.code).not.toBe("forged-code");
});

for (const next of [
  "//evil.example",
  "https://evil.example/",
  "/\\evil.example",
  "javascript:alert(1)",
]) {
  test(`the callback page opened with next=${next} stays on our origin`, async ({ page }) => {
    await page.goto(`/auth/callback?code=abc&state=xyz&next=${encodeURIComponent(next)}`);
    await expect(page.getByText("You can close this window.")).toBeVisible();
    expect(new URL(page.url()).origin).toBe(appOrigin);
    // The code was stripped from the address bar.
    expect(page.url()).toBe(`${appOrigin}/auth/callback`);
  });
}

import { expect, test } from "@playwright/test";
import { expectSignedIn, loginAtProvider, openApp, openPopup } from "./support/app";

test(
  "connect bob's identity to alice, then disconnect; the last one is refused; alice's own is already connected; logout clears the error",
  {
    tag: "@split",
  },
  async ({ page, context }) => {
    await openApp(page);
    const login = await openPopup(page);
    await loginAtProvider(login.popup, "alice");
    await login.closed;
    await expectSignedIn(page, "alice");

    const accounts = page.getByRole("region", { name: "Connected accounts" }).getByRole("listitem");
    const disconnectButtons = page.getByRole("button", { name: /^Disconnect / });
    await expect(disconnectButtons).toHaveCount(1);

    // Sign out of the provider only, so that bob can sign in there.
    await context.clearCookies({ name: "devidp_sessionid" });
    const connect = await openPopup(
      page,
      page.getByRole("button", { name: "Connect Dev login", exact: true }),
    );
    await loginAtProvider(connect.popup, "bob");
    await connect.closed;
    await expect(page.getByRole("status")).toHaveText("Dev login is now connected.");
    await expect(disconnectButtons).toHaveCount(2);
    // Still alice: connecting never switches the signed-in user.
    await expectSignedIn(page, "alice");

    await disconnectButtons.last().click();
    await expect(disconnectButtons).toHaveCount(1);
    await expect(page.getByRole("status")).toHaveText("Account disconnected.");

    await disconnectButtons.first().click();
    await expect(page.getByRole("alert")).toContainText(/last/i);
    await expect(disconnectButtons).toHaveCount(1);
    expect(await accounts.count()).toBeGreaterThan(0);

    // Connecting the identity that is already connected links nothing new, and says so.
    await context.clearCookies({ name: "devidp_sessionid" });
    const again = await openPopup(
      page,
      page.getByRole("button", { name: "Connect Dev login", exact: true }),
    );
    await loginAtProvider(again.popup, "alice");
    await again.closed;
    await expect(page.getByRole("status")).toHaveText(
      "That Dev login account was already connected.",
    );
    await expect(disconnectButtons).toHaveCount(1);

    // An error shown while signed in does not outlive the session.
    await disconnectButtons.first().click();
    await expect(page.getByRole("alert")).toContainText(/last/i);
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("status")).toHaveText("Signed out.");
    await expect(page.getByRole("alert")).toHaveCount(0);
  },
);

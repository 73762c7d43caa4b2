import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  expectSignedIn,
  expectSignedOut,
  loginAtProvider,
  openApp,
  openPopup,
  profile,
  type DevUser,
} from "./support/app";
import { appOrigin } from "./support/stack";

// The account center and the notes example, against the real API and dev provider. The stack
// keeps its database across tests: a scenario that changes alice or bob ends by putting them
// back (or deleting the account, after which the next sign-in makes a new user): bob's
// identity must stay free for connections.spec.ts to connect it to alice.

/** Signs `user` in on the account page (at the provider's form too), then opens `path`. */
async function signIn(page: Page, user: DevUser, path = "/account"): Promise<void> {
  await page.context().clearCookies({ name: "devidp_sessionid" });
  await openApp(page, "/account");
  const login = await openPopup(page);
  await loginAtProvider(login.popup, user);
  await login.closed;
  await expectSignedIn(page, user);
  if (path !== "/account") await page.goto(path);
}

/** A second browser (its own cookies: its own sign-in at the provider and at the API). */
async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: appOrigin });
  return context.newPage();
}

const signInRows = (page: Page) => page.locator(".sign-ins li");

/** Reloads `page` and expects the API to refuse its sign-in: jwt's refresh or session's me. */
async function expectSignInEnded(page: Page): Promise<void> {
  const refused = page.waitForResponse(
    (response) =>
      /\/api\/auth\/(token\/refresh|me)\/$/.test(response.url()) && response.status() === 401,
  );
  await page.reload();
  await refused;
  await expectSignedOut(page);
}

async function deleteAccount(page: Page): Promise<void> {
  await page.goto("/account/delete");
  const remove = page.getByRole("button", { name: "Delete my account" });
  await expect(remove).toBeDisabled();
  await page.getByLabel("Type delete to confirm").fill("delete");
  await remove.click();
  await expect(page.getByRole("status")).toHaveText("Your account has been deleted.");
  await expectSignedOut(page);
}

test("the API reads alice's profile from the provider with the token it keeps", async ({
  page,
}) => {
  await signIn(page, "alice");
  await page
    .getByRole("button", { name: `Profile at Dev login of ${profile.alice.email}` })
    .click();
  // The dev provider's userinfo, called by the API with alice's stored (sealed) access token.
  await expect(page.getByLabel("Profile from the provider")).toContainText(
    `"email": "${profile.alice.email}"`,
  );
});

test("edit the name, then delete the account: signing in again makes a new user", async ({
  page,
}) => {
  await signIn(page, "alice");
  const name = page.getByLabel("Display name");
  await name.fill(" ".repeat(3));
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.locator(".field-error")).not.toBeEmpty();
  await expect(name).toHaveAttribute("aria-invalid", "true");

  await name.fill("Ada Lovelace");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status")).toHaveText("Your name is saved.");
  await expect(page.getByRole("navigation", { name: "User menu" })).toContainText("Ada Lovelace");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  // The connection is named by the email the provider gave, not its opaque uid.
  await expect(
    page.getByRole("button", { name: `Disconnect Dev login account ${profile.alice.email}` }),
  ).toBeVisible();

  await deleteAccount(page);
  await page.context().clearCookies({ name: "devidp_sessionid" });
  const login = await openPopup(page);
  await loginAtProvider(login.popup, "alice");
  await login.closed;
  await expect(page.getByRole("status")).toHaveText("Welcome, alice!");
  await expectSignedIn(page, "alice"); // the provider's name again: a new user
});

test(
  "two sign-ins: see both, sign the other one out",
  { tag: "@split" },
  async ({ page, browser }) => {
    await signIn(page, "alice");
    const other = await otherBrowser(browser);
    await signIn(other, "alice");

    await page.goto("/account/sign-ins");
    // Only this test's two: every earlier sign-in of alice ended with its test's logout or is
    // ended here first.
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(page.getByRole("status")).toHaveText("Signed out everywhere else.");
    await expect(signInRows(page)).toHaveCount(1);
    await expectSignInEnded(other);

    await signIn(other, "alice");
    await page.reload();
    await expect(signInRows(page)).toHaveCount(2);
    await expect(signInRows(page).filter({ hasText: "This device" })).toHaveCount(1);
    await expect(signInRows(page).first()).toContainText(/Signed in .+, last used .+/);
    await page.getByRole("button", { name: /^Sign out on (?!this device)/ }).click();
    await expect(signInRows(page)).toHaveCount(1);
    await expect(signInRows(page)).toContainText("This device");
    await expectSignInEnded(other);
    await page.reload();
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
    await expect(signInRows(page)).toHaveCount(1);
    await other.context().close();
  },
);

test("sign out everywhere ends this sign-in and the others", async ({ page, browser }) => {
  await signIn(page, "alice");
  const other = await otherBrowser(browser);
  await signIn(other, "alice");

  await page.goto("/account/sign-ins");
  await page.getByRole("button", { name: "Sign out everywhere", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Signed out everywhere.");
  await expectSignedOut(page);
  await expectSignInEnded(page);
  await expectSignInEnded(other);
  await other.context().close();
});

test("notes are each user's own: alice's are not bob's", async ({ page, browser }) => {
  await signIn(page, "alice", "/notes");
  await expect(page.getByRole("heading", { name: "Notes" })).toBeVisible();
  const aliceNote = `alice's note ${Date.now()}`;
  await page.getByLabel("New note").fill(aliceNote);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText(aliceNote)).toBeVisible();

  const bob = await otherBrowser(browser);
  await signIn(bob, "bob", "/notes");
  await expect(bob.getByText("No notes yet.")).toBeVisible();
  await bob.getByLabel("New note").fill("bob's note");
  await bob.getByRole("button", { name: "Add note" }).click();
  await expect(bob.getByText("bob's note")).toBeVisible();
  await expect(bob.getByText(aliceNote)).toHaveCount(0);

  await page.reload();
  await expect(page.getByText(aliceNote)).toBeVisible();
  await expect(page.getByText("bob's note")).toHaveCount(0);
  await page.getByRole("button", { name: `Delete note ${aliceNote}` }).click();
  await expect(page.getByText(aliceNote)).toHaveCount(0);

  // bob leaves no user behind: his identity stays free for connections.spec.ts.
  await deleteAccount(bob);
  await bob.context().close();
});

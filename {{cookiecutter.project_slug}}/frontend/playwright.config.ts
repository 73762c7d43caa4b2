import { defineConfig, devices } from "@playwright/test";
import { appOrigin, split, splitSite } from "./e2e/support/stack";

// Real Chromium from the system (Debian's package by default); Playwright never downloads one.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // The split layout runs the main scenarios, tagged @split.
  grep: split ? /@split/ : undefined,
  globalSetup: "./e2e/support/global-setup.ts",
  // One browser at a time: the tests share one API, one provider and restart the provider.
  workers: 1,
  fullyParallel: false,
  // A flaky sign-in is a bug to fix, not to retry.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: appOrigin,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          // This machine's network is closed: no background calls to Google's services.
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            // The split layout's app. and api. names, on this machine.
            ...(split ? [`--host-resolver-rules=MAP *.${splitSite} 127.0.0.1`] : []),
          ],
        },
      },
    },
  ],
});

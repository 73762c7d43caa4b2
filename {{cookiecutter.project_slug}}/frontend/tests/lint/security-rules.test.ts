// @vitest-environment node
import { ESLint } from "eslint";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: join(import.meta.dirname, "..", "..") });

// Loading the config and its plugins takes seconds on a busy machine; do it once, up front.
beforeAll(() => eslint.calculateConfigForFile("src/main.tsx"), 60_000);

async function restricted(code: string, file = "src/components/Example.ts"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-syntax")
    .map((message) => message.message);
}

describe("the project's security lint rules", () => {
  it.each([
    "window.opener.postMessage(data, '*');",
    "postMessage(data, '*');",
    "opener.postMessage(data, { targetOrigin: '*' });",
  ])("refuse a wildcard postMessage: %s", async (code) => {
    expect(await restricted(`declare const data: unknown; ${code}`)).toEqual([
      expect.stringContaining("postMessage to '*'"),
    ]);
  });

  it("accept postMessage to our own origin", async () => {
    expect(await restricted("window.opener.postMessage({}, location.origin);")).toEqual([]);
  });

  it.each([
    "localStorage.setItem('token', 'x');",
    "window.localStorage.setItem('token', 'x');",
    "const t = localStorage.getItem('token');",
  ])("refuse any localStorage use: %s", async (code) => {
    expect(await restricted(code)).toEqual([expect.stringContaining("No localStorage")]);
  });

  it.each([
    "sessionStorage.setItem('access', 'x');",
    "window.sessionStorage.setItem('access', 'x');",
    "sessionStorage.access = 'x';",
  ])("refuse writing to sessionStorage outside the flow-token module: %s", async (code) => {
    expect(await restricted(code)).toEqual([
      expect.stringContaining("Only src/auth/pendingRedirect.ts"),
    ]);
  });

  it("let the flow-token module write the pending redirect, and nothing into localStorage", async () => {
    const file = "src/auth/pendingRedirect.ts";
    expect(await restricted("sessionStorage.setItem('k', 'v');", file)).toEqual([]);
    expect(await restricted("localStorage.setItem('k', 'v');", file)).toHaveLength(1);
  });

  it("keep React out of the sign-in helper", async () => {
    const [result] = await eslint.lintText("import { useState } from 'react';\nuseState();\n", {
      filePath: "src/auth/example.ts",
    });
    expect(result?.messages.map((message) => message.ruleId)).toContain("no-restricted-imports");
  });
});

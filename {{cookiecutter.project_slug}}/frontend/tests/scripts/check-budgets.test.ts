// @vitest-environment node
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { measure } from "../../scripts/check-budgets.js";

const SCRIPT = join(import.meta.dirname, "..", "..", "scripts", "check-budgets.js");
let dist = "";

/** Runs the script as `npm run check-budgets` does: its exit status and what it printed. */
function runScript(): { status: number | null; stdout: string } {
  const { status, stdout } = spawnSync("node", [SCRIPT, dist], { encoding: "utf8" });
  return { status, stdout };
}

/** A fake build: index.html imports vendor + auth, callback.html imports auth only. */
function fakeBuild(sizes: { callback: Buffer; auth: Buffer; index: Buffer; lazy: Buffer }) {
  dist = mkdtempSync(join(tmpdir(), "budgets-"));
  mkdirSync(join(dist, ".vite"));
  mkdirSync(join(dist, "assets"));
  for (const [name, bytes] of Object.entries(sizes)) {
    writeFileSync(join(dist, "assets", `${name}.js`), bytes);
  }
  const manifest = {
    "index.html": {
      file: "assets/index.js",
      isEntry: true,
      imports: ["_auth.js"],
      dynamicImports: ["_lazy.js"],
    },
    "callback.html": { file: "assets/callback.js", isEntry: true, imports: ["_auth.js"] },
    "_auth.js": { file: "assets/auth.js" },
    "_lazy.js": { file: "assets/lazy.js" },
  };
  writeFileSync(join(dist, ".vite", "manifest.json"), JSON.stringify(manifest));
}

const small = () => Buffer.from("export const x = 1;\n".repeat(20));
// Random bytes do not compress: n bytes stay about n bytes gzipped.
const incompressible = (bytes: number) => randomBytes(bytes);

afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe("check-budgets", () => {
  it("passes a build within its budgets, counting each entry's static imports", () => {
    fakeBuild({ callback: small(), auth: small(), index: small(), lazy: incompressible(200_000) });
    const [helper, initial] = measure(dist);
    expect(helper).toMatchObject({ ok: true, files: ["assets/callback.js", "assets/auth.js"] });
    // The lazily loaded chunk is not initial JS.
    expect(initial).toMatchObject({ ok: true, files: ["assets/index.js", "assets/auth.js"] });
    expect(runScript()).toEqual({ status: 0, stdout: expect.stringContaining("ok   sign-in") });
  });

  it("fails when the sign-in helper grows past 2 KB gzipped", () => {
    fakeBuild({ callback: small(), auth: incompressible(2100), index: small(), lazy: small() });
    const [helper] = measure(dist);
    expect(helper?.ok).toBe(false);
    expect(helper?.bytes).toBeGreaterThan(2048);
    expect(runScript()).toEqual({
      status: 1,
      stdout: expect.stringContaining("OVER sign-in helper + callback page"),
    });
  });

  it("fails when the initial JS of index.html passes 80 KB gzipped", () => {
    fakeBuild({ callback: small(), auth: small(), index: incompressible(82_000), lazy: small() });
    const [, initial] = measure(dist);
    expect(initial?.ok).toBe(false);
    expect(runScript()).toEqual({
      status: 1,
      stdout: expect.stringContaining("OVER initial JS of index.html"),
    });
  });
});

// @vitest-environment node
import { createClient } from "@hey-api/openapi-ts";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, expect, it } from "vitest";
import config from "../../openapi-ts.config";

const ROOT = join(import.meta.dirname, "..", "..");
const fresh = mkdtempSync(join(tmpdir(), "api-client-"));

function files(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      found[relative(dir, path)] = readFileSync(path, "utf8");
    }
  }
  return found;
}

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

it("src/api is what `npm run api-client` makes of openapi.json (else run `make api-client`)", async () => {
  // The input path shows in the generated types (openapi.json has no `servers`): keep it as
  // the config spells it, relative to the frontend directory.
  expect(process.cwd()).toBe(ROOT);
  await createClient({
    ...(await config),
    output: { path: fresh },
    logs: { level: "silent" },
  });
  const committed = files(join(ROOT, "src", "api"));
  expect(Object.keys(committed).length).toBeGreaterThan(3);
  expect(committed).toEqual(files(fresh));
}, 60_000);

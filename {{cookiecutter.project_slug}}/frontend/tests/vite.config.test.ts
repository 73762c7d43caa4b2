// @vitest-environment node
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `make dev`'s Vite server, started from vite.config.ts, in front of a stand-in API that
// answers every request with its own path.
const FRONTEND = join(import.meta.dirname, "..");
let api: Server;
let vite: ViteDevServer;
let origin = "";
const saved = { API_PORT: process.env.API_PORT, VITE_PORT: process.env.VITE_PORT };

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = createHttpServer();
  const port = await listening(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  api = createHttpServer((req, res) => res.end(`api:${req.url ?? ""}`));
  process.env.API_PORT = String(await listening(api));
  process.env.VITE_PORT = String(await freePort());
  vite = await createServer({
    root: FRONTEND,
    configFile: join(FRONTEND, "vite.config.ts"),
    logLevel: "silent",
  });
  await vite.listen();
  origin = `http://127.0.0.1:${process.env.VITE_PORT}`;
});

afterAll(async () => {
  await vite?.close();
  await new Promise((resolve) => api?.close(resolve));
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
});

describe("the dev server", () => {
  it.each(["/api/health/", "/admin/", "/admin/login/?next=/admin/", "/static/admin/css/base.css"])(
    "passes %s to the API",
    async (path) => {
      const response = await fetch(`${origin}${path}`);
      expect(await response.text()).toBe(`api:${path}`);
    },
  );

  it("serves the app itself everywhere else", async () => {
    const response = await fetch(`${origin}/settings`);
    expect(await response.text()).toContain('<div id="root">');
  });
});

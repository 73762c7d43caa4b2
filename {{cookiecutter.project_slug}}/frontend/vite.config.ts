/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const CALLBACK_PATH = "/auth/callback";

// The provider sends the popup to /auth/callback; in dev and preview that is callback.html.
// In production the API serves the built files and does the same mapping (backend/core/spa.py).
function serveCallbackPage(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    const url = req.url ?? "";
    if (url === CALLBACK_PATH || url.startsWith(`${CALLBACK_PATH}?`)) {
      req.url = `/callback.html${url.slice(CALLBACK_PATH.length)}`;
    }
    next();
  };
  return {
    name: "serve-callback-page",
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? "8000"}`;
const port = Number(process.env.VITE_PORT ?? 5173);
// changeOrigin off: the API sees the browser's own host, so its same-origin checks (Origin of
// refresh and logout, CSRF) hold in dev as they do in production. The Django admin and the
// static files it uses come from the API too, as they do on the production origin.
const toApi = { target: apiTarget, changeOrigin: false };
const proxy = { "/api": toApi, "/admin/": toApi, "/static/": toApi };
// `make dev SPLIT=1` serves the SPA under a host name of its own, which Vite must accept.
const allowedHosts = process.env.APP_HOST ? [process.env.APP_HOST] : [];
const server = { host: "127.0.0.1", port, strictPort: true, proxy, allowedHosts };

export default defineConfig({
  plugins: [react(), serveCallbackPage()],
  server,
  preview: server,
  build: {
    manifest: true,
    // Every browser we target supports modulepreload; the polyfill would cost each entry bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        callback: resolve(import.meta.dirname, "callback.html"),
      },
      output: {
        // The framework-free auth helper gets a chunk of its own, so that its size is measured
        // honestly (scripts/check-budgets.js) and the callback page loads nothing else. The
        // token store and the auth mode's signed-in half stay with the app, which alone uses them.
        codeSplitting: {
          groups: [
            {
              name: "auth",
              test: /[\\/]src[\\/]auth[\\/](?!tokens\.ts|mode[\\/]\w+[\\/]signedIn\.ts)/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
  },
});

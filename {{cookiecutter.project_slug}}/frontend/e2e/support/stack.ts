/**
 * The three servers the browser tests sign in through, started for real: the API, the dev
 * OpenID Connect provider and Vite. Ports and databases are the tests' own, so `make dev` can
 * keep running beside them.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const backendDir = resolve(frontendDir, "..", "backend");

export const ports = {
  api: Number(process.env.E2E_API_PORT ?? 18000),
  devidp: Number(process.env.E2E_DEVIDP_PORT ?? 18001),
  vite: Number(process.env.E2E_VITE_PORT ?? 15173),
};
/**
 * E2E_SPLIT=1: the split layout of docs/deployment.md, the SPA at app.example.test and the API
 * at api.example.test (two host names of one site; Chromium maps them to 127.0.0.1, see
 * playwright.config.ts). The SPA then calls the API directly, across origins, with CORS.
 */
export const split = process.env.E2E_SPLIT === "1";
export const splitSite = "example.test";
const local = (port: number) => `http://127.0.0.1:${port}`;
export const appOrigin = split ? `http://app.${splitSite}:${ports.vite}` : local(ports.vite);
export const apiOrigin = split ? `http://api.${splitSite}:${ports.api}` : appOrigin;
export const devidpOrigin = local(ports.devidp);

/** The SPA's auth mode, as the project was generated (frontend/.env). */
export const authMode: "jwt" | "session" = /^VITE_AUTH_MODE=session$/m.test(
  readFileSync(join(frontendDir, ".env"), "utf8"),
)
  ? "session"
  : "jwt";

const stateDir = join(tmpdir(), `e2e-stack-${ports.vite}${split ? "-split" : ""}`);
/** The servers' output, to read when a test fails. */
export const logDir = join(frontendDir, "test-results", "servers");
const pidFile = (name: string) => join(stateDir, `${name}.pid`);
// `make` passes UV (it may be "python3 -m uv" on a machine without the uv binary).
const uv = process.env.UV ?? "uv";

const apiEnv = {
  DJANGO_SETTINGS_MODULE: "config.settings.dev",
  DATABASE_URL: `sqlite:///${join(stateDir, "api.sqlite3")}`,
  DEV_PROVIDER_ENABLED: "true",
  DEV_PROVIDER_URL: devidpOrigin,
  SOCIAL_LOGIN_REDIRECT_URIS: `${appOrigin}/auth/callback`,
  // One browser signs in dozens of times a minute here; the throttles are tested elsewhere.
  SOCIAL_LOGIN_BEGIN_RATE: "1000/min",
  SOCIAL_LOGIN_COMPLETE_RATE: "1000/min",
  SOCIAL_LOGIN_REFRESH_RATE: "1000/min",
  ...(split && {
    DJANGO_ALLOWED_HOSTS: `api.${splitSite},127.0.0.1`,
    CORS_ALLOWED_ORIGINS: appOrigin,
  }),
};

export interface DevidpOptions {
  /** Send Cross-Origin-Opener-Policy: same-origin on the provider's pages. */
  coop?: boolean;
  /** Ask for consent on every sign-in (so that a test can deny it). */
  consent?: boolean;
}

function devidpEnv(options: DevidpOptions = {}): Record<string, string> {
  return {
    DJANGO_SETTINGS_MODULE: "config.settings.devidp",
    DEVIDP_DB_PATH: join(stateDir, "devidp.sqlite3"),
    DEVIDP_KEY_PATH: join(stateDir, "devidp-signing-key.pem"),
    DEVIDP_REDIRECT_URIS: `${appOrigin}/auth/callback`,
    DEVIDP_COOP: options.coop ? "same-origin" : "",
    DEVIDP_SKIP_CONSENT: options.consent ? "false" : "true",
  };
}

function manage(env: Record<string, string>, ...args: string[]): void {
  const result = spawnSync(`${uv} run --locked python manage.py ${args.join(" ")}`, {
    cwd: backendDir,
    env: { ...process.env, ...env },
    shell: true,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`manage.py ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

function start(name: string, command: string, cwd: string, env: Record<string, string>): void {
  mkdirSync(logDir, { recursive: true });
  const log = openSync(join(logDir, `${name}.log`), "a");
  // Its own process group, so that stopping it also stops what it started (uv -> python).
  const child = spawn(command, {
    cwd,
    env: { ...process.env, ...env },
    shell: true,
    detached: true,
    stdio: ["ignore", log, log],
  });
  writeFileSync(pidFile(name), String(child.pid));
  child.unref();
}

function stop(name: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(name), "utf8"));
  } catch {
    return;
  }
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
  rmSync(pidFile(name), { force: true });
}

async function waitFor(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const runserver = (port: number) =>
  `exec ${uv} run --locked python manage.py runserver 127.0.0.1:${port} --noreload`;

export async function startDevidp(options: DevidpOptions = {}): Promise<void> {
  stop("devidp");
  start("devidp", runserver(ports.devidp), backendDir, devidpEnv(options));
  await waitFor(`${devidpOrigin}/o/.well-known/openid-configuration`, "dev provider");
}

export async function startStack(): Promise<void> {
  stopStack();
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  manage(apiEnv, "migrate", "--no-input");
  manage(devidpEnv(), "migrate", "--no-input");
  manage(devidpEnv(), "devidp_seed");
  start("api", runserver(ports.api), backendDir, apiEnv);
  start("vite", `exec npx vite --port ${ports.vite} --strictPort`, frontendDir, {
    API_PORT: String(ports.api),
    VITE_PORT: String(ports.vite),
    ...(split && { APP_HOST: new URL(appOrigin).hostname, VITE_API_URL: apiOrigin }),
  });
  // Node cannot resolve the split layout's names: it asks the servers by address.
  await Promise.all([
    startDevidp(),
    waitFor(`${local(ports.api)}/api/health/`, "API"),
    waitFor(`${local(ports.vite)}/`, "Vite"),
  ]);
}

export function stopStack(): void {
  for (const name of ["vite", "api", "devidp"]) stop(name);
}

// Size budgets of the production build (run `npm run build` first).
//
// How bytes are counted: gzip level 9 of each emitted JS file, read from dist/.vite/manifest.json.
// - "sign-in helper + callback page": the callback.html entry with every chunk it imports. The
//   build puts all of src/auth/ except the token store into one chunk ("auth", see
//   vite.config.ts), the one both pages share, so this covers signIn() and the callback page.
// - "initial JS of index.html": the index.html entry with its static imports (not dynamic ones).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** @typedef {{ file: string, imports?: string[], isEntry?: boolean, src?: string }} Chunk */
/** @typedef {{ name: string, entry: string, maxBytes: number }} Budget */

/** @type {Budget[]} */
export const BUDGETS = [
  { name: "sign-in helper + callback page", entry: "callback.html", maxBytes: 2 * 1024 },
  { name: "initial JS of index.html", entry: "index.html", maxBytes: 80 * 1024 },
];

/**
 * Files loaded up front by a manifest entry: the entry and, recursively, its static imports.
 * @param {Record<string, Chunk>} manifest
 * @param {string} key
 * @param {Set<string>} [seen]
 * @returns {string[]}
 */
export function initialFiles(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => initialFiles(manifest, k, seen))];
}

/**
 * @param {string} dist
 * @param {Budget[]} budgets
 * @returns {{ name: string, bytes: number, maxBytes: number, files: string[], ok: boolean }[]}
 */
export function measure(dist, budgets = BUDGETS) {
  /** @type {Record<string, Chunk>} */
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  return budgets.map(({ name, entry, maxBytes }) => {
    const files = initialFiles(manifest, entry);
    const bytes = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    );
    return { name, bytes, maxBytes, files, ok: bytes <= maxBytes };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = measure(process.argv[2] ?? "dist");
  for (const { name, bytes, maxBytes, files, ok } of results) {
    const line = `${ok ? "ok  " : "OVER"} ${name}: ${bytes} B gzipped (budget ${maxBytes} B)`;
    console.log(`${line}\n     ${files.join(", ")}`);
  }
  if (results.some((result) => !result.ok)) process.exit(1);
}

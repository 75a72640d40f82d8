// Prints what a first visit downloads from a built dist/ (default: dist/):
// every file index.html loads before the app runs (html, css, startup
// script, js glue, wasm, icon), raw and compressed with gzip and brotli at
// the levels a server would use for static files. Usage:
//   node scripts/bench-size.mjs [dist-folder]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = resolve(process.argv[2] ?? "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const base = html.match(/<base href="([^"]*)"/)?.[1] ?? "/";

/** Paths index.html refers to, relative to dist/. */
function firstVisitFiles() {
  const refs = new Set(["index.html"]);
  const attribute = /(?:href|src)="([^"]+)"/g;
  for (const [, url] of html.matchAll(attribute)) {
    if (url.startsWith(base) && url.length > base.length) refs.add(url.slice(base.length));
  }
  const bundle = JSON.parse(html.match(/id="app-bundle">(.*?)<\/script>/)[1]);
  for (const url of [bundle.js, bundle.wasm]) refs.add(url.slice(base.length));
  return [...refs];
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const rows = firstVisitFiles().map((file) => {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
rows.sort((a, b) => b.raw - a.raw);

console.log(`First visit of ${dist} (KB = 1024 bytes)`);
console.log(`${"file".padEnd(40)}${"raw".padStart(8)}${"gzip".padStart(8)}${"brotli".padStart(8)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(40)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);
}
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`${"total".padEnd(40)}${kb(total("raw"))}${kb(total("gzip"))}${kb(total("brotli"))}`);

// The shipped nginx config (deploy/nginx/heup-rug/), checked on the wire:
// MIME types, deep-link fallback, caching, compression and security headers,
// and Strict-Transport-Security only where the server block asks for it.
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { startNginx, waitUntilServing } from "./nginx.mjs";
import { buildOf, freePort } from "./own-site";

/** The app's own files as named in the built index.html. */
async function builtFiles(request: import("@playwright/test").APIRequestContext) {
  const html = await (await request.get("")).text();
  const bundle = JSON.parse(html.match(/<script type="application\/json" id="app-bundle">(.*?)<\/script>/)![1]);
  const css = html.match(/href="([^"]+\.css)"/)![1];
  return { js: bundle.js as string, wasm: bundle.wasm as string, css };
}

test("index.html is served for every page path, never cached stale", async ({ request }) => {
  for (const path of ["", "uitleg", "uitleg/heupgewricht", "dagboek", "bestaat/niet"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(response.headers()["cache-control"], path).toBe("no-cache");
    expect(await response.text(), path).toContain('id="app-bundle"');
  }
});

test("hashed files are cached for a year, with the right MIME types", async ({ request }) => {
  const files = await builtFiles(request);
  const expected: [string, string][] = [
    [files.wasm, "application/wasm"],
    [files.js, "application/javascript"],
    [files.css, "text/css"],
  ];
  for (const [path, type] of expected) {
    expect(path, "built file names carry a content hash").toMatch(/-[0-9a-f]{10,16}(_bg)?\.\w+$/);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
    expect(response.headers()["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
});

test("a missing file is a real 404, not the app's page", async ({ request }) => {
  for (const path of ["bestaat-niet.js", "heup-rug-0123456789abcdef_bg.wasm", "plaatje.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("every response carries the security headers", async ({ request }) => {
  const files = await builtFiles(request);
  for (const path of ["", "dagboek", files.wasm, "bestaat-niet.js"]) {
    const headers = (await request.get(path)).headers();
    const csp = headers["content-security-policy"];
    expect(csp, path).toBeDefined();
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    expect(scriptSrc, path).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
  }
});

test("Strict-Transport-Security: none from a plain-HTTP server, on every response where the site sets it", async ({ request }, testInfo) => {
  const files = await builtFiles(request);
  const paths = ["", "dagboek", files.wasm, "bestaat-niet.js"];
  for (const path of paths) {
    expect((await request.get(path)).headers()["strict-transport-security"], path).toBeUndefined();
  }
  // As the HTTPS sites of deploy/nginx/sites/heup-rug.conf set it. nginx
  // drops a server's add_header in every location that adds its own, so
  // this checks that the value reaches the pages, the fallback to
  // index.html, the hashed files and a 404 alike.
  const { build, base } = buildOf(testInfo);
  const port = await freePort();
  const root = base === "/" ? build : join(build, "..");
  const nginx = startNginx(join(testInfo.outputDir, "nginx-with-hsts"), [{ port, root, base, hsts: "max-age=31536000" }]);
  try {
    const url = `http://127.0.0.1:${port}${base}`;
    await waitUntilServing(url);
    for (const path of paths) {
      const sent = await rawGet(new URL(path, url).href, "identity");
      expect(sent.headers["strict-transport-security"], path).toBe("max-age=31536000");
    }
  } finally {
    nginx.kill("SIGTERM");
  }
});

/** A file fetched with exactly this Accept-Encoding, its body as sent (not decoded). */
function rawGet(url: string, acceptEncoding: string) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    httpGet(url, { headers: { "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

test("the build's own compressed copies are sent: brotli when asked, gzip when only that is asked", async ({ request }, testInfo) => {
  const files = await builtFiles(request);
  const base = testInfo.project.use.baseURL!;
  for (const path of [files.wasm, files.js, files.css, "index.html", "dagboek"]) {
    const url = new URL(path, base).href;
    const plain = await rawGet(url, "identity");
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    const brotli = await rawGet(url, "br, gzip");
    const gzip = await rawGet(url, "gzip");
    expect(brotli.headers["content-encoding"], path).toBe("br");
    expect(gzip.headers["content-encoding"], path).toBe("gzip");
    for (const sent of [plain, brotli, gzip]) {
      expect(sent.headers["vary"], path).toBe("Accept-Encoding");
      expect(sent.headers["content-type"], path).toBe(plain.headers["content-type"]);
      // A length up front: a file read from disk, not compressed on the fly.
      expect(Number(sent.headers["content-length"]), path).toBe(sent.body.length);
    }
    expect(brotliDecompressSync(brotli.body).equals(plain.body), `${path} as brotli decodes to the file`).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body), `${path} as gzip decodes to the file`).toBe(true);
    expect(brotli.body.length, path).toBeLessThan(gzip.body.length);
  }
  const wasm = await rawGet(new URL(files.wasm, base).href, "br");
  expect(wasm.headers["content-type"]).toBe("application/wasm");
});

test("a server without the brotli module loads the same config and sends gzip", async ({}, testInfo) => {
  const { build, base } = buildOf(testInfo);
  const port = await freePort();
  const folder = join(testInfo.outputDir, "nginx-without-brotli");
  const root = base === "/" ? build : join(build, "..");
  const nginx = startNginx(folder, [{ port, root, base, brotli: false }]);
  try {
    const url = `http://127.0.0.1:${port}${base}`;
    await waitUntilServing(url);
    const page = await rawGet(`${url}dagboek`, "br, gzip");
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(page.body).toString()).toContain('id="app-bundle"');
  } finally {
    nginx.kill("SIGTERM");
  }
});

test("the service worker, the manifest and the icons are revalidated, with their own types", async ({ request }) => {
  const expected: [string, string][] = [
    ["service-worker.js", "application/javascript"],
    ["manifest.webmanifest", "application/manifest+json"],
    ["icons/icon-192.png", "image/png"],
    ["icons/apple-touch-icon.png", "image/png"],
  ];
  for (const [path, type] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
    // A new release must reach the phone at once: never a year-long cache.
    expect(response.headers()["cache-control"], path).toBe("no-cache");
  }
});

test("the service worker precaches exactly the files of this build", async ({ request }) => {
  const worker = await (await request.get("service-worker.js")).text();
  const build = JSON.parse(worker.match(/^const BUILD = (.*);$/m)![1]);
  const files = await builtFiles(request);
  for (const file of ["index.html", "manifest.webmanifest", files.js, files.wasm, files.css]) {
    expect(build.files, file).toContain(file.replace(/^.*\//, ""));
  }
  expect(build.files).not.toContain("service-worker.js");
  expect(build.files).not.toContain("og-image.png");
  expect(build.files.filter((file: string) => /\.(br|gz)$/.test(file)), "compressed copies are the server's business").toEqual([]);
  for (const file of build.files) {
    expect((await request.get(file)).status(), `${file} is on the server`).toBe(200);
  }
});

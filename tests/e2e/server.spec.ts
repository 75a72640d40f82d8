// The shipped nginx config (deploy/nginx/heup-rug/), checked on the wire:
// MIME types, deep-link fallback, caching and security headers.
import { test, expect } from "./fixtures";

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

test("text files are sent compressed", async ({ request }) => {
  const files = await builtFiles(request);
  for (const path of [files.wasm, files.js]) {
    const response = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers()["content-encoding"], path).toBe("gzip");
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
  for (const file of build.files) {
    expect((await request.get(file)).status(), `${file} is on the server`).toBe(200);
  }
});

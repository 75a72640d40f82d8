// Makes a build installable and offline. Trunk runs this after every build
// (a post_build hook in Trunk.toml) on its staging folder, before that
// folder becomes dist/:
//   - takes the clinic's values (name, short name, colours, site address)
//     from target/clinic/clinic.json, which the pre_build hook
//     (src/bin/clinic-config.rs) wrote from clinic.toml just before;
//   - renders the icons from the clinic-coloured icon.svg into the PNG sizes that
//     phones ask for (192 and 512 px, maskable ones, the iPhone's 180 px
//     apple-touch-icon) and the link-preview image from public/og-image.svg;
//   - writes manifest.webmanifest, with start_url and scope relative to the
//     manifest, so it is right under any sub-path;
//   - writes the clinic's names into the page's title and home-screen tags,
//     and fills in the link-preview tags with absolute addresses when the
//     clinic file gives the site's address (site_url);
//   - in a release build, writes service-worker.js: public/service-worker.js
//     with this build's id and the exact list of its files, and tells
//     startup.js to register it. A debug build (`trunk serve`) gets no
//     service worker, so live reload is never served from a cache;
//   - in a release build, each content page's own HTML file with the top
//     of that page already in it (its "first frame"), for a fast first visit;
//   - in a release build, last of all, writes a brotli (.br, quality 11)
//     and a gzip (.gz, level 9) copy beside every text file and the wasm,
//     for nginx's brotli_static and gzip_static (deploy/nginx/).
//
// Also usable by hand on a built folder (the end-to-end tests use it to make
// "the next release" of a build):
//   node scripts/pwa-build.mjs <folder> [--public-url /heup-rug/] [--release]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const folder = args[0] && !args[0].startsWith("--") ? args[0] : process.env.TRUNK_STAGING_DIR;
const publicUrl = option("--public-url") ?? process.env.TRUNK_PUBLIC_URL ?? "/";
const release = args.includes("--release") || process.env.TRUNK_PROFILE === "release";
const clinicFile = join(repo, "target/clinic/clinic.json");
let clinic;
try {
  clinic = JSON.parse(readFileSync(clinicFile, "utf8"));
} catch (error) {
  console.error(`pwa-build: ${clinicFile} is missing (${error.message}); run a Trunk build, whose pre_build hook writes it`);
  process.exit(2);
}
const site = clinic.site_url ?? "";
if (!folder) {
  console.error("usage: node scripts/pwa-build.mjs <built folder> [--public-url /sub/] [--release]");
  process.exit(2);
}

/** Files that are part of the build but must never be precached. */
const NOT_PRECACHED = new Set([
  "service-worker.js", // the worker itself: the browser keeps it apart
  "og-image.png", // only for link previews in e-mail and chat apps
]);

/** The links Trunk writes in <head> to preload the app's glue and wasm. */
const APP_PRELOADS = /<link rel="(?:modulepreload|preload)" href="[^"]*(?:\.js|_bg\.wasm)"[^>]*>/g;

/** Files worth a compressed copy: text and the wasm (PNGs are compressed already). */
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|json|webmanifest|txt)$/;
/** The compressed copies themselves: the server's business, never precached. */
const COMPRESSED_COPY = /\.(br|gz)$/;

// The clinic's brand colour (the header and buttons) and the page's
// background of style/_tokens.scss (light theme).
const THEME_COLOUR = clinic.brand;
const BACKGROUND_COLOUR = "#f6f4ef";
/** The app's own teal, which the pictures' SVG files are drawn in. */
const APP_TEAL = "#0e5c63";

const icon = readFileSync(join(repo, "target/clinic/icon.svg"), "utf8");

/**
 * The icon for a maskable slot: the background to the edges (the phone cuts
 * its own shape out of it) and the drawing shrunk into the safe circle in
 * the middle (80% of the width).
 */
function maskable(svg) {
  const background = `<rect width="512" height="512" fill="${THEME_COLOUR}"/>`;
  const withoutBackground = svg.replace(/<rect id="background"[^>]*\/>/, "");
  if (withoutBackground === svg) {
    throw new Error('public/icons/icon.svg needs its <rect id="background" .../>');
  }
  return withoutBackground
    .replace(/(<svg[^>]*>)/, `$1${background}<g transform="translate(256 256) scale(0.78) translate(-256 -256)">`)
    .replace(/<\/svg>\s*$/, "</g></svg>\n");
}

/** The link-preview picture with the icon's drawing in its `<g id="icon">`. */
function withIcon(svg) {
  const drawing = icon.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const filled = svg.replace(/(<g id="icon"[^>]*>)(<\/g>)/, `$1${drawing}$2`);
  if (filled === svg) {
    throw new Error('public/og-image.svg needs an empty <g id="icon" ...></g>');
  }
  return filled;
}

function png(svg, width, file) {
  const image = new Resvg(svg, { fitTo: { mode: "width", value: width } }).render().asPng();
  mkdirSync(dirname(join(folder, file)), { recursive: true });
  writeFileSync(join(folder, file), image);
}

const maskableIcon = maskable(icon);
const icons = [
  { file: "icons/icon-192.png", size: 192, purpose: "any", svg: icon },
  { file: "icons/icon-512.png", size: 512, purpose: "any", svg: icon },
  { file: "icons/icon-maskable-192.png", size: 192, purpose: "maskable", svg: maskableIcon },
  { file: "icons/icon-maskable-512.png", size: 512, purpose: "maskable", svg: maskableIcon },
];
for (const { file, size, svg } of icons) {
  png(svg, size, file);
}
// iPhones round the corners themselves and show transparency as black.
png(maskableIcon, 180, "icons/apple-touch-icon.png");
png(withIcon(readFileSync(join(repo, "public/og-image.svg"), "utf8").replaceAll(APP_TEAL, THEME_COLOUR)), 1200, "og-image.png");

const manifest = {
  id: "./",
  name: `${clinic.short_name} · ${clinic.name}`,
  short_name: clinic.short_name,
  description:
    "Uitleg over hoe je heup je onderrug beïnvloedt, een zelftest, oefeningen en een oefendagboek dat op je eigen telefoon blijft, ook zonder internet.",
  lang: "nl",
  dir: "ltr",
  start_url: "./",
  scope: "./",
  display: "standalone",
  orientation: "portrait",
  theme_color: THEME_COLOUR,
  background_color: BACKGROUND_COLOUR,
  categories: ["health", "medical"],
  icons: icons.map(({ file, size, purpose }) => ({ src: file, sizes: `${size}x${size}`, type: "image/png", purpose })),
};
writeFileSync(join(folder, "manifest.webmanifest"), `${JSON.stringify(manifest, null, 2)}\n`);

// index.html: link previews, and (release only) the service worker's name
// for startup.js, in the data block Trunk writes (see Trunk.toml).
const indexFile = join(folder, "index.html");
let html = readFileSync(indexFile, "utf8");
const pageUrl = `${site}${publicUrl}`;
const escapeHtml = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const shortName = escapeHtml(clinic.short_name);
const homeTitle = `${shortName} · ${escapeHtml(clinic.name)}`;
const emptyPageUrl = /[ \t]*<meta property="og:url" content="">\n?/;
html = html
  // index.html is written for the app's own name; a clinic may give its own.
  .replaceAll("Heup &amp; Rug", shortName)
  .replaceAll("Heup & Rug", shortName)
  .replaceAll('content="og-image.png"', `content="${pageUrl}og-image.png"`)
  // The clinic's names and colour (the first frames set each page's own title).
  .replace(/<title>.*?<\/title>/s, () => `<title>${homeTitle}</title>`)
  .replace(/(<meta name="apple-mobile-web-app-title" content=")[^"]*/, (_, tag) => tag + shortName)
  .replace(/(<meta property="og:site_name" content=")[^"]*/, (_, tag) => tag + homeTitle)
  .replace(/(<meta name="theme-color" content=")[^"]*(" media="\(prefers-color-scheme: light\)")/, (_, tag, rest) => tag + THEME_COLOUR + rest)
  // Without the site's address there is no honest og:url to give.
  .replace(emptyPageUrl, site ? `  <meta property="og:url" content="${pageUrl}">\n` : "");
if (release) {
  const bundle = /(<script type="application\/json" id="app-bundle">)(.*?)(<\/script>)/s;
  const found = html.match(bundle);
  if (!found) {
    throw new Error("index.html has no #app-bundle data block (see Trunk.toml's pattern_script)");
  }
  const data = { ...JSON.parse(found[2]), serviceWorker: `${publicUrl}service-worker.js`, scope: publicUrl };
  html = html.replace(bundle, `$1${JSON.stringify(data)}$3`);
}
writeFileSync(indexFile, html);

if (release) {
  const pages = writeFirstFramePages(html);
  const files = listFiles(folder).filter(
    (file) => !NOT_PRECACHED.has(file) && !pages.has(file) && !COMPRESSED_COPY.test(file),
  );
  const digest = createHash("sha256");
  for (const file of files) {
    digest.update(file).update("\0").update(readFileSync(join(folder, file))).update("\0");
  }
  const build = { id: digest.digest("hex").slice(0, 16), files };
  const worker = readFileSync(join(repo, "public/service-worker.js"), "utf8");
  writeFileSync(join(folder, "service-worker.js"), `const BUILD = ${JSON.stringify(build)};\n${worker}`);
  console.log(`pwa-build: service worker for build ${build.id}, ${files.length} files precached`);
  writeCompressedCopies(folder);
}

/**
 * Writes each content page's own HTML file: index.html with the page's
 * static first frame (src/shell/first_frame.rs, printed by the native
 * `first-frames` program) and its title, so a patient sees the page's top
 * before the wasm arrives. nginx answers /uitleg/heupgewricht with
 * uitleg/heupgewricht.html, and the start page with home.html
 * (deploy/nginx/heup-rug/app.conf). They are not precached: offline, the
 * service worker answers every page with index.html, and the app is there
 * at once. Returns the files written.
 */
function writeFirstFramePages(indexHtml) {
  const printed = execFileSync("cargo", ["run", "--quiet", "--locked", "--bin", "first-frames", "--", publicUrl], {
    cwd: repo,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const written = new Set();
  for (const frame of JSON.parse(printed)) {
    const file = frame.path === "/" ? "home.html" : `${frame.path.slice(1)}.html`;
    // Replacer functions, so a "$" in a text is never read as a pattern.
    // No preloading of the app: its downloads wait until the page's words
    // are painted (public/startup.js), so they never hold those up.
    const page = indexHtml
      .replace(APP_PRELOADS, "")
      .replace(/<title>.*?<\/title>/s, () => `<title>${frame.title}</title>`)
      .replace(/<body[^>]*>/, (body) => `${body}\n  ${frame.html}`);
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), page);
    written.add(file);
  }
  console.log(`pwa-build: first frames written for ${written.size} pages`);
  return written;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file, so the
 * server sends the smallest encoding the browser accepts without compressing
 * on every request (and at a level too slow to do on the fly).
 */
function writeCompressedCopies(root) {
  let plain = 0;
  let brotli = 0;
  for (const file of listFiles(root).filter((name) => COMPRESSIBLE.test(name))) {
    const path = join(root, file);
    const bytes = readFileSync(path);
    const br = brotliCompressSync(bytes, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
        [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    plain += bytes.length;
    brotli += br.length;
  }
  console.log(`pwa-build: compressed copies written, ${Math.round(plain / 1024)} KB as ${Math.round(brotli / 1024)} KB brotli`);
}

/** Every file under `root`, as a path relative to it with "/" between folders, sorted. */
function listFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else {
        found.push(relative(root, path).split(sep).join("/"));
      }
    }
  };
  walk(root);
  return found.sort();
}

// Starts the app without inline script (so the Content-Security-Policy can
// forbid it): checks that the browser can run WebAssembly, loads the
// wasm-bindgen glue and the wasm file that Trunk names in #app-bundle, and
// turns the loading notice into a clear message when that fails.
//
// The messages exist in Dutch and English (index.html, data-lang). This
// script picks the language the app itself will choose (src/i18n/choice.rs):
// ?taal= or ?lang= in the address, else the stored choice, else the
// browser's first language the app speaks, else Dutch.
const boot = document.getElementById("boot");
const languages = ["nl", "en"];

/** "en" for "en-GB" and the like; undefined for a language we don't speak. */
function known(tag) {
  const primary = String(tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
  return languages.includes(primary) ? primary : undefined;
}

function storedLanguage() {
  try {
    // The app's settings record: {"version":1,"data":{"language":"en"}}.
    const record = JSON.parse(localStorage.getItem("heup-rug:instellingen") ?? "null");
    return known(record?.data?.language);
  } catch {
    // Storage switched off, or a damaged value: the app will deal with it.
    return undefined;
  }
}

function chosenLanguage() {
  const query = new URLSearchParams(location.search);
  const asked = [...query.getAll("taal"), ...query.getAll("lang")].map(known).find(Boolean);
  const browser = (navigator.languages ?? [navigator.language]).map(known).find(Boolean);
  return asked ?? storedLanguage() ?? browser ?? "nl";
}

const language = chosenLanguage();
document.documentElement.lang = language;
// A content page's own HTML holds its top in Dutch (the first frame, written
// by the build from src/shell/first_frame.rs) while the app loads. In
// another language the loading notice shows instead.
const firstFrame = document.getElementById("first-frame");
if (firstFrame && language === "nl") {
  boot.hidden = true;
} else {
  firstFrame?.remove();
}
for (const part of boot.querySelectorAll("[data-lang]")) {
  part.hidden = part.dataset.lang !== language || part.dataset.boot !== "loading";
}
// Only now that the right language shows, reveal the loading notice.
document.documentElement.classList.remove("no-js");

function show(state) {
  firstFrame?.remove();
  boot.hidden = false;
  for (const part of boot.querySelectorAll("[data-boot]")) {
    part.hidden = part.dataset.boot !== state || part.dataset.lang !== language;
  }
  boot.classList.add("boot-failed");
  boot.setAttribute("role", "alert");
}

const canRunWasm =
  typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";

if (!canRunWasm) {
  show("no-wasm");
} else {
  try {
    const bundle = JSON.parse(document.getElementById("app-bundle").textContent);
    if (firstFrame?.isConnected) {
      // The page's words come first: let the browser paint them before the
      // app's downloads share the connection (such a page has no preload
      // links for them, see scripts/pwa-build.mjs).
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
    }
    // The wasm and its glue download side by side; the glue waits for it.
    const wasm = fetch(bundle.wasm);
    wasm.catch(() => {}); // a failure is reported through the glue, below
    const glue = await import(bundle.js);
    await glue.default({ module_or_path: wasm });
  } catch (error) {
    // The app did not start (a missing file, no network): say so plainly.
    // The notice is removed by the app itself once it runs, so it is still here.
    if (boot.isConnected) {
      show("load-failed");
    }
    console.warn("Heup & Rug could not start:", error);
  }
}

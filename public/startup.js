// Starts the app without inline script (so the Content-Security-Policy can
// forbid it): checks that the browser can run WebAssembly, loads the
// wasm-bindgen glue and the wasm file that Trunk names in #app-bundle, and
// turns the loading notice into a clear Dutch message when that fails.
const boot = document.getElementById("boot");
document.documentElement.classList.remove("no-js");

function show(state) {
  for (const part of boot.querySelectorAll("[data-boot]")) {
    part.hidden = part.dataset.boot !== state;
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
    const glue = await import(bundle.js);
    await glue.default({ module_or_path: bundle.wasm });
  } catch (error) {
    // The app did not start (a missing file, no network): say so plainly.
    // The notice is removed by the app itself once it runs, so it is still here.
    if (boot.isConnected) {
      show("load-failed");
    }
    console.warn("Heup & Rug could not start:", error);
  }
}

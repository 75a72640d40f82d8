// The installed, offline app, on the browser's side: registers the service
// worker (release builds only: scripts/pwa-build.mjs names it in
// #app-bundle), notices a new version, keeps the browser's install prompt
// for the moment the patient asks, and keeps what the patient was typing
// across the switch to a new version.
//
// It talks to the app (src/pwa/bridge.rs) through attributes on <html>,
// which the app reads when it starts, and events on window:
//   data-update="ready"  + "heup-rug:update-ready"   a new version is waiting
//   data-install="ready" + "heup-rug:install-ready"  the browser can install
//                        "heup-rug:installed"        the app was installed
// and from the app:
//                        "heup-rug:update-apply"     the patient tapped "vernieuwen"
//                        "heup-rug:install-prompt"   the patient tapped "installeren"
//                        "heup-rug:update-check"     look for a new version now (a link
//                                                    made by a newer version was opened)
const html = document.documentElement;
const bundle = JSON.parse(document.getElementById("app-bundle")?.textContent ?? "{}");
const DRAFTS_KEY = "heup-rug:drafts-across-update";
const HOUR = 60 * 60 * 1000;

function tellApp(flag, event, on) {
  if (on) {
    html.dataset[flag] = "ready";
  } else {
    delete html.dataset[flag];
  }
  window.dispatchEvent(new Event(event));
}

// ---- The service worker and new versions ----

async function startServiceWorker() {
  let registration;
  try {
    registration = await navigator.serviceWorker.register(bundle.serviceWorker, {
      scope: bundle.scope,
      updateViaCache: "none",
    });
  } catch (error) {
    // Private windows and some settings refuse workers: the app still works online.
    console.warn("Heup & Rug works without offline support here:", error);
    return null;
  }
  const container = navigator.serviceWorker;
  // Whether this page runs under a worker yet: the first visit's page has
  // none until the worker claims it, and that claim is no update.
  let controlled = Boolean(container.controller);
  let switching = false;

  const announceIfWaiting = () => {
    // Without a controller this is the first install, not an update.
    if (registration.waiting && container.controller) {
      tellApp("update", "heup-rug:update-ready", true);
    }
  };
  announceIfWaiting();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") {
        announceIfWaiting();
      }
    });
  });

  container.addEventListener("controllerchange", () => {
    const wasControlled = controlled;
    controlled = true;
    if (switching) {
      window.location.reload();
    } else if (wasControlled) {
      // Another tab switched to the new version. This page still runs the
      // old code, which must not write the new version's data: switch it
      // too, keeping what the patient was typing here, as a tap would.
      keepDrafts();
      window.location.reload();
    }
  });

  window.addEventListener("heup-rug:update-apply", () => {
    keepDrafts();
    const waiting = registration.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    switching = true;
    waiting.postMessage("skip-waiting");
  });

  // A phone keeps an installed app open for days: look for a new version
  // when the patient comes back to it, at most once an hour.
  let lastCheck = Date.now();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && Date.now() - lastCheck > HOUR) {
      lastCheck = Date.now();
      registration.update().catch(() => {});
    }
  });
  return registration;
}

const registered =
  bundle.serviceWorker && "serviceWorker" in navigator ? startServiceWorker() : Promise.resolve(null);

// The app asks for this when the patient opens something only a newer
// version can read. The app may ask before registration has finished, so
// the listener waits for it; a found version shows "vernieuwen" as usual.
window.addEventListener("heup-rug:update-check", () => {
  registered.then((registration) => registration?.update()).catch(() => {});
});

// ---- The browser's install prompt (Chrome on Android and the like) ----

let installPrompt = null;
window.addEventListener("beforeinstallprompt", (event) => {
  // Keep it for the app's own "installeren" button instead of the browser's mini bar.
  event.preventDefault();
  installPrompt = event;
  tellApp("install", "heup-rug:install-ready", true);
});
window.addEventListener("heup-rug:install-prompt", async () => {
  const prompt = installPrompt;
  if (!prompt) {
    return;
  }
  // A prompt can be shown once; whatever the answer, it is used up.
  installPrompt = null;
  tellApp("install", "heup-rug:install-ready", false);
  await prompt.prompt();
});
window.addEventListener("appinstalled", () => {
  installPrompt = null;
  tellApp("install", "heup-rug:install-ready", false);
  window.dispatchEvent(new Event("heup-rug:installed"));
});

// ---- What the patient was typing, kept across the switch ----
//
// The switch reloads the page. Everything the patient saved is in storage
// already; what is still in a form field (a note, a dose, ticked boxes) is
// written to sessionStorage just before, and put back into the same fields
// of the same page as they appear again.

/** The form fields of the page that a patient fills in. */
function fields() {
  return [...document.querySelectorAll("main input, main textarea, main select")].filter(
    (field) => !field.readOnly && !field.disabled && !["file", "hidden", "button", "submit", "reset"].includes(field.type),
  );
}

/** A name for a field that is the same after a reload: its group, its label, its kind, and which one of those it is. */
function fieldKeys(list) {
  const seen = new Map();
  return list.map((field) => {
    const group = field.closest("[role=group][aria-label], fieldset");
    const groupName = group?.getAttribute("aria-label") ?? group?.querySelector("legend")?.textContent ?? "";
    const label = field.labels?.[0]?.textContent ?? field.getAttribute("aria-label") ?? field.name ?? "";
    const base = [field.tagName, field.type, groupName.trim(), label.trim()].join("|");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `${base}|${count}`;
  });
}

const isChoice = (field) => field.type === "checkbox" || field.type === "radio";

/** The page the fields belong to: the same address after the reload. */
const currentPage = () => location.pathname + location.search + location.hash;

function keepDrafts() {
  const list = fields();
  const keys = fieldKeys(list);
  const values = {};
  list.forEach((field, i) => {
    values[keys[i]] = isChoice(field) ? field.checked : field.value;
  });
  try {
    sessionStorage.setItem(
      DRAFTS_KEY,
      JSON.stringify({ page: currentPage(), values, scroll: window.scrollY }),
    );
  } catch {
    // No session storage: nothing can be carried over; the saved data is safe anyway.
  }
}

function restoreDrafts() {
  let kept;
  try {
    kept = JSON.parse(sessionStorage.getItem(DRAFTS_KEY) ?? "null");
    sessionStorage.removeItem(DRAFTS_KEY);
  } catch {
    return;
  }
  if (!kept || kept.page !== currentPage()) {
    return;
  }
  const pending = new Map(Object.entries(kept.values));
  let scrolled = false;
  const apply = () => {
    const list = fields();
    const keys = fieldKeys(list);
    list.forEach((field, i) => {
      if (!pending.has(keys[i])) {
        return;
      }
      const value = pending.get(keys[i]);
      pending.delete(keys[i]);
      if (isChoice(field)) {
        // A click, so the app hears it as the patient's own tap.
        if (field.checked !== value) {
          field.click();
        }
      } else if (field.value !== value) {
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    if (!scrolled && list.length > 0) {
      scrolled = true;
      window.scrollTo(0, kept.scroll ?? 0);
    }
    if (pending.size === 0) {
      observer.disconnect();
    }
  };
  // Fields appear as the app renders (some only after a box is ticked).
  const observer = new MutationObserver(apply);
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 10_000);
  apply();
}

restoreDrafts();

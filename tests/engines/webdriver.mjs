// A small client for the W3C WebDriver protocol, enough for the core
// journey in WebKit (WebKitWebDriver + MiniBrowser) and Firefox
// (geckodriver): no npm package, since both drivers speak the same
// standard HTTP protocol and we need a dozen of its commands.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** The engines, each with its driver and the capabilities that start it headless in Dutch. */
export const ENGINES = {
  webkit: {
    name: "WebKit (WebKitGTK MiniBrowser)",
    driver: (port) => ["WebKitWebDriver", [`--port=${port}`]],
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    },
  },
  firefox: {
    name: "Firefox ESR",
    driver: (port) => [process.env.GECKODRIVER ?? "geckodriver", ["--port", String(port)]],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: { "intl.accept_languages": "nl-NL, nl" },
      },
    },
  },
};

/** Starts the engine's driver on `port` and opens a browser session in it. */
export async function startSession(engine, port) {
  const [command, args] = engine.driver(port);
  const driver = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const status = await fetch(`${url}/status`);
      if (status.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100) {
      driver.kill();
      throw new Error(`${command} did not start on port ${port}`);
    }
    await sleep(100);
  }
  const created = await call(url, "POST", "/session", { capabilities: { alwaysMatch: engine.capabilities } });
  return new Session(url, created.sessionId, driver);
}

async function call(url, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(`WebDriver ${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
  }
  return answer.value;
}

export class Session {
  constructor(url, id, driver) {
    this.url = url;
    this.id = id;
    this.driver = driver;
  }

  command(method, path, body) {
    return call(this.url, method, `/session/${this.id}${path}`, body);
  }

  /**
   * Opens `address` and starts collecting the page's errors, after keeping
   * the errors of the page it leaves (a step that opens several pages
   * checks them all, not only the last).
   */
  async go(address) {
    await this.keepErrorsOfThisPage();
    await this.command("POST", "/url", { url: address });
    await this.watchErrors();
  }

  async reload() {
    await this.keepErrorsOfThisPage();
    await this.command("POST", "/refresh", {});
    await this.watchErrors();
  }

  /** Moves the errors the current page collected to `earlierErrors`, before it goes. */
  async keepErrorsOfThisPage() {
    const errors = (await this.run("return window.__pageErrors ?? []").catch(() => [])) ?? [];
    this.earlierErrors = [...(this.earlierErrors ?? []), ...errors];
  }

  currentUrl() {
    return this.command("GET", "/url");
  }

  /** Runs `script` (a function body) in the page with `args`; returns its value. */
  run(script, ...args) {
    return this.command("POST", "/execute/sync", { script, args });
  }

  /** Like `run`, for a script that calls `arguments[arguments.length - 1]` when done. */
  runAsync(script, ...args) {
    return this.command("POST", "/execute/async", { script, args });
  }

  /**
   * Keeps the page's uncaught errors, rejected promises and console errors
   * from now on in `window.__pageErrors`. WebDriver cannot listen from
   * before a page loads, so a page that fails while starting shows as a
   * missing heading instead.
   */
  watchErrors() {
    return this.run(`
      if (window.__pageErrors) return;
      window.__pageErrors = [];
      addEventListener("error", (event) => window.__pageErrors.push(String(event.message)));
      addEventListener("unhandledrejection", (event) => window.__pageErrors.push(String(event.reason)));
      const log = console.error.bind(console);
      console.error = (...parts) => { window.__pageErrors.push(parts.join(" ")); log(...parts); };
    `);
  }

  /** The errors of every page opened since the last call, this one included; then forgets them. */
  async pageErrors() {
    const current = (await this.run("return window.__pageErrors ?? []")) ?? [];
    const all = [...(this.earlierErrors ?? []), ...current];
    this.earlierErrors = [];
    await this.run("if (window.__pageErrors) window.__pageErrors.length = 0;");
    return all;
  }

  /** Waits until `script` returns something truthy, and returns that. */
  async waitFor(what, script, ...args) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await this.run(script, ...args).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) {
        const page = await this.run("return document.body ? document.body.innerText.slice(0, 600) : ''").catch(() => "");
        throw new Error(`waited 15 s for ${what}; the page shows: ${page}`);
      }
      await sleep(100);
    }
  }

  /** Waits for the app to have started and show `heading` as its <h1>. */
  waitForHeading(heading) {
    return this.waitFor(
      `the heading "${heading}"`,
      `const h1 = document.querySelector("h1");
       return !document.getElementById("boot") && h1 && h1.textContent.trim() === arguments[0];`,
      heading,
    );
  }

  /** The first element matching `css`, waited for. */
  find(css) {
    return this.waitFor(`an element ${css}`, "return document.querySelector(arguments[0])", css);
  }

  /** The button or link whose text or aria-label is exactly `name`, waited for. */
  findByText(name) {
    return this.waitFor(
      `a button or link "${name}"`,
      `return [...document.querySelectorAll("button, a")].find((el) =>
         (el.textContent.trim() === arguments[0] || el.getAttribute("aria-label") === arguments[0])
         && !el.closest("[hidden]"));`,
      name,
    );
  }

  /**
   * Taps (clicks) an element as the patient would, after scrolling it to the
   * middle of the screen: the drivers scroll it only just into view, where
   * the fixed bottom tabs can cover it.
   */
  async click(element) {
    await this.run('arguments[0].scrollIntoView({ block: "center" })', element);
    return this.command("POST", `/element/${element[ELEMENT]}/click`, {});
  }

  async tap(name) {
    await this.click(await this.findByText(name));
  }

  /** Types into an element; for a file input, `text` is the file's path. */
  sendKeys(element, text) {
    return this.command("POST", `/element/${element[ELEMENT]}/value`, { text });
  }

  async end() {
    await this.command("DELETE", "", undefined).catch(() => {});
    this.driver.kill();
  }
}

/** WebDriver's code for a key: the End key moves a slider to its maximum. */
export const KEY_END = "\uE010";

// A copy of a release build on an nginx of its own (the shipped config),
// for tests that must stop the server or deploy a new release while a
// patient has the app open, without disturbing the other tests.
import { execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { TestInfo } from "@playwright/test";
import { repo, startNginx, waitUntilServing } from "./nginx.mjs";

/** The build a Playwright project tests, and the path it is deployed under. */
export function buildOf(testInfo: TestInfo): { build: string; base: string } {
  return testInfo.project.name === "subpath"
    ? { build: join(repo, "target/e2e/subpath/heup-rug"), base: "/heup-rug/" }
    : { build: join(repo, "dist"), base: "/" };
}

/** A port nothing listens on yet. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export class OwnSite {
  private nginx: ChildProcess | null = null;

  private constructor(
    private readonly folder: string,
    private readonly bases: string[],
    private readonly port: number,
  ) {}

  private static folderFor(testInfo: TestInfo): string {
    return join(repo, "target/e2e/sites", `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`);
  }

  /** Copies the project's build and serves it. */
  static async start(testInfo: TestInfo): Promise<OwnSite> {
    const { build, base } = buildOf(testInfo);
    const folder = OwnSite.folderFor(testInfo);
    cpSync(build, join(folder, "www", base), { recursive: true });
    const site = new OwnSite(folder, [base], await freePort());
    await site.serve();
    return site;
  }

  /**
   * Two deployments on one origin, as a clinic might run a trial copy: the
   * root build at "/" and the sub-path build at "/heup-rug/".
   */
  static async startBoth(testInfo: TestInfo): Promise<OwnSite> {
    const folder = OwnSite.folderFor(testInfo);
    cpSync(join(repo, "dist"), join(folder, "www"), { recursive: true });
    cpSync(join(repo, "target/e2e/subpath/heup-rug"), join(folder, "www/heup-rug"), { recursive: true });
    const site = new OwnSite(folder, ["/", "/heup-rug/"], await freePort());
    await site.serve();
    return site;
  }

  /** The app's address, ending in its base path (the first one, for two deployments). */
  get url(): string {
    return this.urlOf(this.bases[0]);
  }

  /** The address of the deployment at `base`. */
  urlOf(base: string): string {
    return `http://127.0.0.1:${this.port}${base}`;
  }

  private appAt(base: string): string {
    return join(this.folder, "www", base);
  }

  async serve(): Promise<void> {
    this.nginx = startNginx(join(this.folder, "nginx"), [{ port: this.port, root: join(this.folder, "www"), bases: this.bases }]);
    await waitUntilServing(this.url);
  }

  /** Stops the server: from now on, nothing answers at this address. */
  async stop(): Promise<void> {
    const nginx = this.nginx;
    this.nginx = null;
    if (!nginx || nginx.exitCode !== null) return;
    await new Promise((resolve) => {
      nginx.once("exit", resolve);
      nginx.kill("SIGTERM");
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }

  /**
   * Deploys "the next release" over this one, as a real release changes
   * things: the stylesheet gets a new rule (so a new hashed name and a new
   * integrity hash in index.html), the old one is removed from the server,
   * and the build step writes the service worker again with the new file
   * list. Returns the new stylesheet's name.
   *
   * `stylesheetLost` makes it a release that never fully arrives: the new
   * stylesheet is named everywhere but missing on the server (an upload cut
   * short), so a phone cannot fetch every file of it. `base` picks the
   * deployment on a site with two.
   */
  nextRelease({ stylesheetLost = false, base = this.bases[0] } = {}): string {
    const app = this.appAt(base);
    const css = readdirSync(app).find((file) => /^main-[0-9a-f]+\.css$/.test(file))!;
    const content = `${readFileSync(join(app, css), "utf8")}\n.next-release{}\n`;
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 16);
    const renamed = `main-${hash}.css`;
    writeFileSync(join(app, renamed), content);
    removeWithCompressedCopies(join(app, css));
    const integrity = `sha384-${createHash("sha384").update(content).digest("base64")}`;
    const index = join(app, "index.html");
    const html = readFileSync(index, "utf8").replace(
      new RegExp(`href="([^"]*)${css}" integrity="[^"]*"`),
      `href="$1${renamed}" integrity="${integrity}"`,
    );
    if (!html.includes(renamed)) throw new Error(`index.html does not name ${css}`);
    writeFileSync(`${index}.new`, html);
    renameSync(`${index}.new`, index);
    execFileSync("node", [join(repo, "scripts/pwa-build.mjs"), app, "--public-url", base, "--release"]);
    if (stylesheetLost) removeWithCompressedCopies(join(app, renamed));
    return renamed;
  }
}

/** Removes a built file and the .br and .gz copies the build wrote beside it. */
function removeWithCompressedCopies(file: string): void {
  for (const path of [file, `${file}.br`, `${file}.gz`]) rmSync(path, { force: true });
}

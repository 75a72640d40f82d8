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

async function freePort(): Promise<number> {
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
    private readonly base: string,
    private readonly port: number,
  ) {}

  /** Copies the project's build and serves it. */
  static async start(testInfo: TestInfo): Promise<OwnSite> {
    const { build, base } = buildOf(testInfo);
    const folder = join(repo, "target/e2e/sites", `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`);
    cpSync(build, join(folder, "www", base), { recursive: true });
    const site = new OwnSite(folder, base, await freePort());
    await site.serve();
    return site;
  }

  /** The app's address, ending in its base path. */
  get url(): string {
    return `http://127.0.0.1:${this.port}${this.base}`;
  }

  private get app(): string {
    return join(this.folder, "www", this.base);
  }

  async serve(): Promise<void> {
    this.nginx = startNginx(join(this.folder, "nginx"), [{ port: this.port, root: join(this.folder, "www"), base: this.base }]);
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
   */
  nextRelease(): string {
    const css = readdirSync(this.app).find((file) => /^main-[0-9a-f]+\.css$/.test(file))!;
    const content = `${readFileSync(join(this.app, css), "utf8")}\n.next-release{}\n`;
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 16);
    const renamed = `main-${hash}.css`;
    writeFileSync(join(this.app, renamed), content);
    rmSync(join(this.app, css));
    const integrity = `sha384-${createHash("sha384").update(content).digest("base64")}`;
    const index = join(this.app, "index.html");
    const html = readFileSync(index, "utf8").replace(
      new RegExp(`href="([^"]*)${css}" integrity="[^"]*"`),
      `href="$1${renamed}" integrity="${integrity}"`,
    );
    if (!html.includes(renamed)) throw new Error(`index.html does not name ${css}`);
    writeFileSync(`${index}.new`, html);
    renameSync(`${index}.new`, index);
    execFileSync("node", [join(repo, "scripts/pwa-build.mjs"), this.app, "--public-url", this.base, "--release"]);
    return renamed;
  }
}

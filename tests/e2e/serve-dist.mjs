// Serves the release builds with nginx and the shipped config, for the
// end-to-end tests (started and stopped by Playwright's webServer), on the
// ports of ports.mjs (E2E_PORT_*, else handed out by the system):
//   http://127.0.0.1:<root>/             dist/ (built for the root)
//   http://127.0.0.1:<subpath>/heup-rug/ target/e2e/subpath/heup-rug/
//                                        (built with --public-url /heup-rug/)
//   http://127.0.0.1:<otherClinic>/      target/e2e/other-clinic/ (built with
//                                        CLINIC=tests/fixtures/voorbeeld-kliniek.toml)
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ports } from "./ports.mjs";
import { repo, startNginx } from "./nginx.mjs";

// Benchmarks serve only dist/ (E2E_ROOT_ONLY=1); the tests serve every
// build, or the one E2E_ONLY names (root, subpath, other-clinic) when
// running one project by hand.
const rootOnly = process.env.E2E_ROOT_ONLY === "1";
const allSites = [
  { name: "root", port: ports.root, root: join(repo, "dist"), base: "/" },
  { name: "subpath", port: ports.subpath, root: join(repo, "target/e2e/subpath"), base: "/heup-rug/" },
  { name: "other-clinic", port: ports.otherClinic, root: join(repo, "target/e2e/other-clinic"), base: "/" },
];
const only = rootOnly ? "root" : process.env.E2E_ONLY;
const sites = allSites.filter(({ name }) => !only || name === only);
for (const { root, base } of sites) {
  const index = join(root, base, "index.html");
  if (!existsSync(index)) {
    console.error(`Missing ${index}: run scripts/test.sh, which builds it first.`);
    process.exit(1);
  }
}

// One folder per port, so a benchmark and a test run can serve at once.
// The ports differ from run to run, so a clean stop removes it; after a
// failure it stays, with nginx's logs.
const folder = join(repo, `target/e2e/nginx-${ports.root}`);
const nginx = startNginx(folder, sites);
for (const { name, port, base } of sites) console.log(`serve-dist: ${name} at http://127.0.0.1:${port}${base}`);
nginx.on("exit", (code) => {
  if (code === 0) rmSync(folder, { recursive: true, force: true });
  process.exit(code ?? 1);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => nginx.kill("SIGQUIT"));
}

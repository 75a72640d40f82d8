// Serves the release builds with nginx and the shipped config, for the
// end-to-end tests (started and stopped by Playwright's webServer):
//   http://127.0.0.1:48611/           dist/ (built for the root)
//   http://127.0.0.1:48612/heup-rug/  target/e2e/subpath/heup-rug/
//                                     (built with --public-url /heup-rug/)
//   http://127.0.0.1:48613/           target/e2e/other-clinic/ (built with
//                                     CLINIC=tests/fixtures/voorbeeld-kliniek.toml)
import { existsSync } from "node:fs";
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
const nginx = startNginx(join(repo, `target/e2e/nginx-${ports.root}`), sites);
nginx.on("exit", (code) => process.exit(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => nginx.kill("SIGQUIT"));
}

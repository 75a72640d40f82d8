// Serves the release builds with nginx and the shipped config, for the
// end-to-end tests (started and stopped by Playwright's webServer):
//   http://127.0.0.1:48611/           dist/ (built for the root)
//   http://127.0.0.1:48612/heup-rug/  target/e2e/subpath/heup-rug/
//                                     (built with --public-url /heup-rug/)
// The sites include deploy/nginx/heup-rug/ exactly as a server would.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ports } from "./ports.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// One folder per port, so a benchmark and a test run can serve at once.
const prefix = join(repo, `target/e2e/nginx-${ports.root}`);
const rootBuild = join(repo, "dist");
const subpathSite = join(repo, "target/e2e/subpath");

// Benchmarks serve only dist/ (E2E_ROOT_ONLY=1); the tests serve both builds.
const rootOnly = process.env.E2E_ROOT_ONLY === "1";
const builds = [join(rootBuild, "index.html"), ...(rootOnly ? [] : [join(subpathSite, "heup-rug/index.html")])];
for (const build of builds) {
  if (!existsSync(build)) {
    console.error(`Missing ${build}: run scripts/test.sh, which builds it first.`);
    process.exit(1);
  }
}

rmSync(prefix, { recursive: true, force: true });
mkdirSync(join(prefix, "logs"), { recursive: true });
cpSync(join(repo, "deploy/nginx/heup-rug"), join(prefix, "heup-rug"), { recursive: true });

// As root, nginx's workers would drop to "nobody"; keep them as the caller
// so they can read the build wherever the repository is checked out.
const user = process.getuid?.() === 0 ? "user root;" : "";

writeFileSync(
  join(prefix, "nginx.conf"),
  `${user}
daemon off;
worker_processes 1;
error_log ${prefix}/logs/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${prefix}/logs/access.log;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;

    # The app at the root of its domain.
    server {
        listen 127.0.0.1:${ports.root};
        root ${rootBuild};
        location / {
            set $heup_rug_base /;
            include heup-rug/app.conf;
        }
    }

${rootOnly ? "" : `
    # The app under /heup-rug/ of a clinic's site; the rest of that site is
    # someone else's, here simply 404.
    server {
        listen 127.0.0.1:${ports.subpath};
        root ${subpathSite};
        location / {
            return 404;
        }
        location /heup-rug/ {
            set $heup_rug_base /heup-rug/;
            include heup-rug/app.conf;
        }
    }`}
}
`,
);

const nginx = spawn(
  "nginx",
  ["-p", prefix, "-e", join(prefix, "logs/error.log"), "-c", join(prefix, "nginx.conf")],
  { stdio: "inherit" },
);
nginx.on("exit", (code) => process.exit(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => nginx.kill("SIGQUIT"));
}

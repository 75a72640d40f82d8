// nginx with the shipped config (deploy/nginx/heup-rug/), for the
// end-to-end tests and the benchmarks: one server block per site, each
// including heup-rug/app.conf unchanged, as a real server would.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Debian's brotli_static module (libnginx-mod-http-brotli-static). Its own
 * modules-enabled file names it relative to nginx's prefix, which is ours
 * here, so it is loaded by its full path.
 */
const BROTLI_MODULE = "/usr/share/nginx/modules/ngx_http_brotli_static_module.so";

/**
 * Writes an nginx setup under `prefix` and starts nginx in the foreground.
 * Each site is `{ port, root, base }`: the folder that holds the build (for
 * a sub-path build, the folder that holds its `heup-rug/` folder) and the
 * path the app lives at ("/" or "/heup-rug/"), or `bases` for several
 * deployments on one origin. A site is served with brotli as the shipped
 * example sites are, unless it says `brotli: false`; when no site uses it,
 * the module is not even loaded (a server without it). These servers speak
 * plain HTTP, so they send no Strict-Transport-Security unless a site asks
 * for it with `hsts` (its value), as the shipped HTTPS sites do. Returns the
 * nginx process.
 */
export function startNginx(prefix, sites) {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, "logs"), { recursive: true });
  cpSync(join(repo, "deploy/nginx/heup-rug"), join(prefix, "heup-rug"), { recursive: true });
  // As root, nginx's workers would drop to "nobody"; keep them as the caller
  // so they can read the build wherever the repository is checked out.
  const user = process.getuid?.() === 0 ? "user root;" : "";
  const brotli = sites.some((site) => site.brotli !== false);
  if (brotli && !existsSync(BROTLI_MODULE)) {
    throw new Error(`nginx's brotli module is missing (${BROTLI_MODULE}): run scripts/test.sh, which installs it`);
  }
  const servers = sites.map(({ port, root, base, bases = [base], brotli = true, hsts = "" }) => {
    // Under a sub-path the rest of the clinic's site is someone else's: here simply 404.
    const rest = bases.includes("/") ? "" : "location / { return 404; }";
    const apps = bases.map(
      (path) => `
        location ${path} {
            set $heup_rug_base ${path};
            include heup-rug/app.conf;
        }`,
    );
    return `
    server {
        listen 127.0.0.1:${port};
        root ${root};
        set $heup_rug_hsts "${hsts}";
        ${brotli ? "include heup-rug/brotli.conf;" : ""}
        ${rest}${apps.join("")}
    }`;
  });
  writeFileSync(
    join(prefix, "nginx.conf"),
    `${user}
${brotli ? `load_module ${BROTLI_MODULE};` : ""}
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
${servers.join("\n")}
}
`,
  );
  return spawn("nginx", ["-p", prefix, "-e", join(prefix, "logs/error.log"), "-c", join(prefix, "nginx.conf")], {
    stdio: "inherit",
  });
}

/** Waits until `url` answers at all (nginx has started listening). */
export async function waitUntilServing(url) {
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

// The loopback ports nginx listens on during the end-to-end tests; shared by
// playwright.config.ts, serve-dist.mjs and the scripts that start it.
//
// A port named in E2E_PORT_ROOT, E2E_PORT_SUBPATH or E2E_PORT_OTHER_CLINIC is
// used as given. Every other one is asked of the system, once: a fixed port
// can be taken by another program's connection, since the system hands out
// ports from the same range for those (Linux: 32768–60999). The ports found
// are written into process.env, so every process started from here on sees
// the same numbers: Playwright's workers (which load playwright.config.ts
// again) and its web server (serve-dist.mjs).
import { execFileSync } from "node:child_process";

const VARIABLES = {
  root: "E2E_PORT_ROOT",
  subpath: "E2E_PORT_SUBPATH",
  otherClinic: "E2E_PORT_OTHER_CLINIC",
};

/**
 * `count` different ports that nothing listens on now, as the system hands
 * them out, none of them in `besides`. Synchronous (a short child process
 * listens on port 0 for each, all at once, and prints what it got), so a
 * config file can call it.
 */
export function freePorts(count, besides = []) {
  const asked = count + besides.length;
  const listen = `
    const { createServer } = require("node:net");
    const servers = Array.from({ length: ${asked} }, () => createServer());
    Promise.all(servers.map((server) => new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve(server.address().port));
    }))).then((ports) => {
      console.log(ports.join(" "));
      for (const server of servers) server.close();
    });`;
  const printed = execFileSync(process.execPath, ["-e", listen], { encoding: "utf8" });
  const ports = printed.trim().split(" ").map(Number);
  if (ports.length !== asked || !ports.every((port) => Number.isInteger(port) && port > 0)) {
    throw new Error(`asking the system for ${asked} free ports printed ${JSON.stringify(printed)}`);
  }
  return ports.filter((port) => !besides.includes(port)).slice(0, count);
}

const given = Object.values(VARIABLES).filter((name) => process.env[name]);
const unset = Object.values(VARIABLES).filter((name) => !process.env[name]);
if (unset.length > 0) {
  const handedOut = freePorts(
    unset.length,
    given.map((name) => Number(process.env[name])),
  );
  unset.forEach((name, index) => {
    process.env[name] = String(handedOut[index]);
  });
}

export const ports = Object.fromEntries(
  Object.entries(VARIABLES).map(([site, name]) => {
    const port = Number(process.env[name]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${name}=${process.env[name]} is not a port number (1–65535)`);
    }
    return [site, port];
  }),
);

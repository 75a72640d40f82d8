// The loopback ports nginx listens on during the end-to-end tests; shared by
// playwright.config.ts and serve-dist.mjs.
export const ports = {
  root: Number(process.env.E2E_PORT_ROOT ?? 48611),
  subpath: Number(process.env.E2E_PORT_SUBPATH ?? 48612),
  otherClinic: Number(process.env.E2E_PORT_OTHER_CLINIC ?? 48613),
};

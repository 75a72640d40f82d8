// Nothing leaves the phone: during a walk through the whole app (every
// page, the self-check, logging, export and import, the clinic page, both
// languages) every request the browser makes, the service worker's
// included, goes to the app's own origin.
import { test, expect } from "./fixtures";
import { walkThroughTheApp } from "./walk";

test("every request of a full walk through the app stays on the app's own origin", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  context.on("websocket", (socket) => requests.push(socket.url()));
  const stops: string[] = [];
  await walkThroughTheApp(page, async (name) => {
    stops.push(name);
  });
  expect(stops, "the walk reached its last stop").toContain("English: kliniek");
  // data: and blob: addresses never leave the browser (the backup file, the QR code).
  const sent = requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:"));
  expect(sent.length, "the walk made requests at all").toBeGreaterThan(20);
  const elsewhere = sent.filter((url) => new URL(url).origin !== origin);
  expect(elsewhere, "requests to another origin").toEqual([]);
});

import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 at npm ci).
// The base URL is the gateway (or the built app served with the same /api proxy), given by the
// test that started the system: tests/e2e/test_e2e_browser.py.
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/artifacts",
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.OUVRAGE_WEB_URL ?? "http://127.0.0.1:5173",
    locale: "fr-FR",
    ignoreHTTPSErrors: true, // the gateway's self-signed certificate (tests only)
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    },
  },
});

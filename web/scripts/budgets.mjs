// The web app's budgets, measured (bench/bench_web.py starts the system, loads 100,000 clients
// and runs this; alone: OUVRAGE_WEB_URL, OUVRAGE_WEB_EMAIL, OUVRAGE_WEB_PASSWORD):
//   1. initial JS: the scripts index.html loads (entry + modulepreload), gzipped  ≤ 200 KiB
//   2. sign-in page interactive (navigation -> the email field focused by React)  < 1 s
//   3. search keystroke -> its own results painted, p95 over the keystrokes     < 150 ms
// Prints one JSON line of figures; exits 1 when a budget is exceeded.
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "../dist");
const URL_ = process.env.OUVRAGE_WEB_URL ?? "http://127.0.0.1:8080";
const EMAIL = process.env.OUVRAGE_WEB_EMAIL;
const PASSWORD = process.env.OUVRAGE_WEB_PASSWORD;
const QUERIES = (process.env.OUVRAGE_WEB_QUERIES ??
  "paviere robert,martin jean,dubois sophie,lefevre eric,girard claire,rousseau thomas,garcia lea,"
  + "mercier julien,06 12 34,fontaine helene").split(",");
const BUDGET = { initialJsKiB: 200, signInMs: 1000, keystrokeP95Ms: 150 };
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

async function initialJsKiB() {
  const html = await readFile(join(DIST, "index.html"), "utf8");
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const script of new Set(scripts)) bytes += gzipSync(await readFile(join(DIST, script)), { level: 9 }).length;
  return { kib: bytes / 1024, files: [...new Set(scripts)] };
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function signInMs(browser, runs = 10) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${URL_}/connexion`);
    await page.getByLabel("Adresse email").waitFor();
    // from the navigation's start to React focusing the field (handlers attached)
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const done = () => resolve(performance.now());
      if (document.activeElement?.getAttribute("type") === "email") done();
      else document.addEventListener("focusin", done, { once: true });
    }));
    times.push(ms);
    await context.close();
  }
  return { median: quantile(times, 0.5), max: Math.max(...times), runs };
}

async function keystrokes(browser) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${URL_}/connexion?retour=%2Fclients`);
  await page.getByLabel("Adresse email").fill(EMAIL);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  const box = page.getByRole("combobox", { name: "Rechercher un client" });
  await box.waitFor();
  const times = [];
  const requests = [];
  const slowest = [];
  for (const query of QUERIES) {
    await box.fill("");
    for (const char of query) {
      // keydown -> the list shows the results of exactly this text, then one frame is painted
      const measured = await page.evaluate(async (ch) => {
        const input = document.querySelector('[role="combobox"]');
        const list = document.querySelector('[role="listbox"]');
        performance.clearResourceTimings();
        const started = performance.now();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        setValue.call(input, input.value + ch);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        const wanted = input.value.trim();
        await new Promise((resolve) => {
          const check = () => (list.getAttribute("data-results-for") === wanted
            ? requestAnimationFrame(() => setTimeout(resolve, 0)) : requestAnimationFrame(check));
          check();
        });
        const total = performance.now() - started;
        // the share of the request (gateway + clients service + PostgreSQL), from Resource Timing
        const calls = performance.getEntriesByType("resource").filter((e) => e.name.includes("/api/clients/clients?"));
        return { total, request: calls.length ? Math.max(...calls.map((e) => e.responseEnd - e.startTime)) : 0, q: input.value };
      }, char);
      times.push(measured.total);
      requests.push(measured.request);
      slowest.push(measured);
    }
  }
  await context.close();
  slowest.sort((a, b) => b.total - a.total);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times), keystrokes: times.length,
    requestP50: quantile(requests, 0.5), requestP95: quantile(requests, 0.95),
    slowest: slowest.slice(0, 5).map((m) => `${JSON.stringify(m.q)} ${m.total.toFixed(0)} ms (request ${m.request.toFixed(0)})`) };
}

const js = await initialJsKiB();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
try {
  const signIn = await signInMs(browser);
  const search = EMAIL && PASSWORD ? await keystrokes(browser) : null;
  const figures = { initialJsKiB: +js.kib.toFixed(1), jsFiles: js.files.length,
    signInMs: { median: +signIn.median.toFixed(0), max: +signIn.max.toFixed(0), runs: signIn.runs },
    search: search && { p50: +search.p50.toFixed(1), p95: +search.p95.toFixed(1), max: +search.max.toFixed(1),
      keystrokes: search.keystrokes, requestP50: +search.requestP50.toFixed(1), requestP95: +search.requestP95.toFixed(1),
      slowest: search.slowest } };
  console.log(JSON.stringify(figures));
  const over = [js.kib > BUDGET.initialJsKiB && "initial JS", signIn.median > BUDGET.signInMs && "sign-in",
    search && search.p95 > BUDGET.keystrokeP95Ms && "search p95"].filter(Boolean);
  if (over.length) { console.error(`over budget: ${over.join(", ")}`); process.exitCode = 1; }
} finally {
  await browser.close();
}

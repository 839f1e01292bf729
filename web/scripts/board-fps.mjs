// The planning board's budget (bench/bench_web_board.py fills the planning and runs this; alone:
// OUVRAGE_WEB_URL, OUVRAGE_WEB_EMAIL, OUVRAGE_WEB_PASSWORD, OUVRAGE_BOARD_WORKSITES):
//   1. render: the month view's request answered -> every worksite row in the DOM, painted
//   2. scroll: the board scrolled top to bottom and back for 4 s, frames counted with
//      requestAnimationFrame                                                      ≥ 50 fps
// Prints one JSON line of figures; exits 1 when under budget. Tablet landscape (1280×800).
import { chromium } from "@playwright/test";

const URL_ = process.env.OUVRAGE_WEB_URL ?? "https://127.0.0.1:8443";
const EMAIL = process.env.OUVRAGE_WEB_EMAIL;
const PASSWORD = process.env.OUVRAGE_WEB_PASSWORD;
const SITES = Number(process.env.OUVRAGE_BOARD_WORKSITES ?? "200");
const CHIPS = Number(process.env.OUVRAGE_BOARD_INTERVENTIONS ?? "2000");
const BUDGET_FPS = 50;
const ARGS = ["--headless", "--no-sandbox", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${URL_}/connexion?retour=%2Fplanning`);
  await page.getByLabel("Adresse email").fill(EMAIL);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.locator("tbody tr").first().waitFor();

  // render: switch to the month (a new period: every page of the planning fetched) -> all rows
  const render = await page.evaluate(async ([sites, chips]) => {
    const started = performance.now();
    [...document.querySelectorAll("button")].find((b) => b.textContent === "Mois").click();
    await new Promise((resolve) => {
      const check = () => {
        const rows = document.querySelectorAll("tbody tr");
        const month = document.querySelector("table.board:not(.days-7)");
        const shown = document.querySelectorAll("[data-intervention]").length;
        if (month && rows.length >= sites && shown >= chips) requestAnimationFrame(() => setTimeout(resolve, 0));
        else requestAnimationFrame(check);
      };
      check();
    });
    return { ms: performance.now() - started, rows: document.querySelectorAll("tbody tr").length,
      chips: document.querySelectorAll("[data-intervention]").length };
  }, [SITES, CHIPS]);

  const scroll = await page.evaluate(async () => {
    const box = document.querySelector('[data-testid="board-scroll"]');
    const seconds = 4;
    const frames = [];
    const range = box.scrollHeight - box.clientHeight;
    const started = performance.now();
    await new Promise((resolve) => {
      const step = (now) => {
        frames.push(now);
        const t = (now - started) / 1000;
        // down then up, steadily (a foreman flicking through the month)
        const phase = (t / (seconds / 2)) % 2;
        box.scrollTop = range * (phase <= 1 ? phase : 2 - phase);
        if (t < seconds) requestAnimationFrame(step); else resolve();
      };
      requestAnimationFrame(step);
    });
    const gaps = frames.slice(1).map((f, i) => f - frames[i]).sort((a, b) => a - b);
    const elapsed = (frames[frames.length - 1] - frames[0]) / 1000;
    return { fps: (frames.length - 1) / elapsed, frames: frames.length, range,
      p95FrameMs: gaps[Math.ceil(0.95 * gaps.length) - 1], maxFrameMs: gaps[gaps.length - 1] };
  });
  const figures = { worksites: render.rows, interventions: render.chips, renderMs: +render.ms.toFixed(0),
    scrollFps: +scroll.fps.toFixed(1), p95FrameMs: +scroll.p95FrameMs.toFixed(1), maxFrameMs: +scroll.maxFrameMs.toFixed(1),
    scrolledPx: scroll.range };
  console.log(JSON.stringify(figures));
  if (scroll.fps < BUDGET_FPS) { console.error(`under budget: ${scroll.fps.toFixed(1)} fps < ${BUDGET_FPS}`); process.exitCode = 1; }
} finally {
  await browser.close();
}

// Starts the viewer for a test: builds the app, serves a backend on a free port, opens pages that record errors.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { expect } from "vitest";
import { appDir, startViewerServer, type RunningViewer, type ViewerBackend } from "../../../viewer/server/index.js";
import type { Browser } from "./browser.js";

export const ARTIFACTS = path.resolve("tests/artifacts");

let built: Promise<unknown> | undefined;

/** Builds dist/viewer/app from the current sources (once per test run). */
export function buildApp(): Promise<unknown> {
  built ??= build({ configFile: path.resolve("viewer/vite.config.ts"), logLevel: "warn" });
  return built;
}

export async function serveBackend(backend: ViewerBackend): Promise<RunningViewer> {
  await buildApp();
  return startViewerServer({ backend, appDir: appDir(), port: 0 });
}

export interface ViewerPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  shot(name: string): Promise<Buffer>;
}

/** Opens the viewer and waits until it has drawn the graph. */
export async function openViewer(browser: Browser, url: string): Promise<ViewerPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { state: "attached", timeout: 60_000 });
  await page.waitForTimeout(300);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    errors,
    shot: (name) => page.screenshot({ path: path.join(ARTIFACTS, `e2e-${name}.png`) }),
  };
}

/** Counts pixels of a PNG close to `hex` (decoded in a blank page; sigma's canvas cannot be read back). */
export async function countColor(browser: Browser, png: Buffer, hex: string, tolerance = 40): Promise<number> {
  const page = await browser.context.newPage();
  try {
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return await page.evaluate(
      `(async () => {
        const img = new Image();
        img.src = "data:image/png;base64,${png.toString("base64")}";
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width; c.height = img.height;
        const ctx = c.getContext("2d");
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const [r, g, b] = ${JSON.stringify(rgb)};
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) <= ${tolerance}) n++;
        }
        return n;
      })()`,
    );
  } finally {
    await page.close();
  }
}

/** Viewport position of a node on the page (for real mouse clicks). */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate(`(() => {
    const s = window.kg.sigma;
    const a = s.getGraph().getNodeAttributes(${JSON.stringify(key)});
    const p = s.graphToViewport({ x: a.x, y: a.y });
    const r = s.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  })()`);
}

/** Screenshot of the graph canvas only. */
export function canvasShot(page: Page, name: string): Promise<Buffer> {
  return page.locator("#sigma").screenshot({ path: path.join(ARTIFACTS, `e2e-${name}.png`) });
}

/** expect.poll with a timeout fit for software WebGL and Neo4j round trips. */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

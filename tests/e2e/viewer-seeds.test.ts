// The viewer in Debian's chromium over the graph `kg extract` builds from the two seed articles.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "vitest";
import { runExtract } from "../../cli/extract-run.js";
import type { SerializedKg } from "../../graph/types.js";
import { createFileBackend, type RunningViewer } from "../../viewer/server/index.js";
import { seedsScenarios, type SeedsContext } from "./scenarios/seeds.js";
import { chromiumMissing, launchBrowser } from "./support/browser.js";
import { serveBackend } from "./support/viewer.js";

const SEEDS = path.resolve("../shared/corpus/seeds");
const missing = chromiumMissing() ?? (existsSync(SEEDS) ? undefined : `${SEEDS} not found`);
if (missing) console.warn(`e2e: skipping the seeds viewer tests: ${missing}`);

describe.skipIf(!!missing)("viewer over the seeds' extracted graph", () => {
  let viewer: RunningViewer;
  const ctx = {} as SeedsContext;
  beforeAll(async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "kg-viewer-seeds-")), "graph.json");
    await runExtract([SEEDS], { out, quiet: true });
    ctx.graph = JSON.parse(readFileSync(out, "utf8")) as SerializedKg;
    viewer = await serveBackend(createFileBackend(ctx.graph));
    ctx.url = viewer.url;
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await viewer?.close();
  });
  for (const s of seedsScenarios) test(s.name, () => s.run(ctx));
});

// The viewer in Debian's chromium over a hand-made graph file: every scenario of explore, safety, export.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "vitest";
import { createFileBackend } from "../../viewer/server/index.js";
import { writeNewsFixture } from "./fixtures/news-graph.js";
import { exploreScenarios } from "./scenarios/explore.js";
import { exportScenarios } from "./scenarios/export.js";
import { safetyScenarios } from "./scenarios/safety.js";
import type { ScenarioContext } from "./scenarios/types.js";
import { chromiumMissing, launchBrowser } from "./support/browser.js";
import { serveBackend } from "./support/viewer.js";
import type { RunningViewer } from "../../viewer/server/index.js";

const missing = chromiumMissing();
if (missing) console.warn(`e2e: skipping the viewer tests: ${missing}`);

describe.skipIf(!!missing)("viewer over a graph file", () => {
  let viewer: RunningViewer;
  const ctx = {} as ScenarioContext;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kg-viewer-e2e-"));
    const { graph } = writeNewsFixture(dir);
    viewer = await serveBackend(createFileBackend(graph));
    ctx.url = viewer.url;
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await viewer?.close();
  });
  for (const s of [...exploreScenarios, ...safetyScenarios, ...exportScenarios]) test(s.name, () => s.run(ctx));
});

// A browser scenario: a name and a run over a shared context (browser, viewer URL, fixture data).
import type { Browser } from "../support/browser.js";

export interface ScenarioContext {
  browser: Browser;
  url: string;
}

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}

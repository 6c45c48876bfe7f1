// Debian's chromium for the e2e tests (the launcher is shared with bench:viewer).
export { CHROMIUM, CHROMIUM_FLAGS, chromiumMissing, launchBrowser, type Browser } from "../../../bench/chromium.js";

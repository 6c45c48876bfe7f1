#!/usr/bin/env node
// The `kg` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(main)) {
  console.error("kg: the CLI is not built yet: run `npm install` (or `npm run build`) in the kg folder");
  process.exit(2);
}
await import(main);

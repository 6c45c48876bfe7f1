// Test helper: a fresh temporary folder with files written from a name -> content table.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "kg-read-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

/** A few English news sentences, so the language check passes. */
export const ENGLISH =
  "The minister said on Monday that the army would send more troops to the border region. " +
  "Officials from both countries met in the capital to discuss the security of the new port, " +
  "and they agreed that the police and the army will work together on the project.";

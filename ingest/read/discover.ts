// Input paths to a sorted, de-duplicated list of files with stable document ids.
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { InputError } from "../../graph/errors.js";
import { INPUT_FORMATS, type InputFile, type InputFormat } from "./types.js";

const EXT: Record<string, InputFormat> = { ".htm": "html", ".markdown": "md", ".text": "txt", ".ndjson": "jsonl" };

/** The input format a file name says, or undefined for an extension kg does not read. */
export function formatOf(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (EXT[ext]) return EXT[ext];
  const bare = ext.slice(1) as InputFormat;
  return (INPUT_FORMATS as readonly string[]).includes(bare) ? bare : undefined;
}

/**
 * Expands files and folders (recursively, names sorted, hidden entries skipped) in argument order.
 * Missing or unreadable paths come back as issues; the rest goes on.
 */
export async function discoverInputs(paths: string[]): Promise<{ files: InputFile[]; issues: InputError[] }> {
  const found: string[] = [];
  const issues: InputError[] = [];
  const visited = new Set<string>();
  for (const p of paths) await expand(p, found, issues, visited);
  const seen = new Set<string>();
  const unique = found.filter((f) => {
    const abs = resolve(f);
    if (seen.has(abs)) return false;
    seen.add(abs);
    return true;
  });
  return { files: assignIds(unique), issues };
}

/** `visited` holds the real paths of folders already walked, so symbolic-link cycles end. */
async function expand(path: string, out: string[], issues: InputError[], visited: Set<string>): Promise<void> {
  let entries: string[];
  try {
    const st = await stat(path);
    if (st.isFile()) {
      out.push(path);
      return;
    }
    if (!st.isDirectory()) {
      issues.push(new InputError(path, "not a regular file or folder"));
      return;
    }
    const real = await realpath(path);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
  } catch (err) {
    issues.push(new InputError(path, fsReason(err), { cause: err }));
    return;
  }
  for (const name of entries) await expand(join(path, name), out, issues, visited);
}

/** Document id = file name; when two inputs share a name, their paths relative to the common root. */
export function assignIds(paths: string[]): InputFile[] {
  const count = new Map<string, number>();
  for (const p of paths) count.set(basename(p), (count.get(basename(p)) ?? 0) + 1);
  const root = commonRoot(paths.map((p) => resolve(p)));
  return paths.map((p) => {
    const name = basename(p);
    const id = count.get(name)! > 1 ? relative(root, resolve(p)).split(sep).join("/") : name;
    return { path: p, id, format: formatOf(p) };
  });
}

function commonRoot(abs: string[]): string {
  if (abs.length === 0) return "";
  let root = dirname(abs[0]!);
  while (!abs.every((p) => p.startsWith(root.endsWith(sep) ? root : root + sep))) {
    const up = dirname(root);
    if (up === root) break;
    root = up;
  }
  return root;
}

/** A file-system error as a short reason ("no such file or directory", "permission denied"). */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return `cannot read (${code ?? (err as Error)?.message ?? String(err)})`;
}

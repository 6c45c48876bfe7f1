// GraphML writer for kg graphs. graphology-graphml 0.5 only parses, so the XML is written here (and read back by it in tests).
import type { SerializedKg } from "../types.js";
import { flattenKg, type FlatValue } from "./flatten.js";

type Domain = "graph" | "node" | "edge";

/** Escapes text for XML 1.0 content and attributes (and drops characters XML cannot hold). */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function typeOf(values: FlatValue[]): "boolean" | "double" | "string" {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number")) return "double";
  return "string";
}

/**
 * The graph as GraphML: one <key> per attribute name and domain (typed boolean, double or string),
 * lists and objects (mentions, evidence, aliases, documents) as JSON strings. Gephi, yEd, Cytoscape and
 * graphology-graphml read it; restoreKg() turns the JSON fields back into lists.
 */
export function toGraphml(kg: SerializedKg): string {
  const flat = flattenKg(kg);
  const keys = new Map<string, { id: string; domain: Domain; name: string; values: FlatValue[] }>();
  const collect = (domain: Domain, attrs: Record<string, FlatValue>) => {
    for (const [name, v] of Object.entries(attrs)) {
      const k = `${domain}:${name}`;
      if (!keys.has(k)) keys.set(k, { id: `${domain[0]}${keys.size}`, domain, name, values: [] });
      keys.get(k)!.values.push(v);
    }
  };
  collect("graph", flat.attributes);
  flat.nodes.forEach((n) => collect("node", n.attributes));
  flat.edges.forEach((e) => collect("edge", e.attributes));
  const data = (domain: Domain, attrs: Record<string, FlatValue>, indent: string) =>
    Object.entries(attrs)
      .map(([name, v]) => `${indent}<data key="${keys.get(`${domain}:${name}`)!.id}">${xmlEscape(String(v))}</data>`)
      .join("\n");
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of keys.values()) {
    out.push(`  <key id="${k.id}" for="${k.domain}" attr.name="${xmlEscape(k.name)}" attr.type="${typeOf(k.values)}"/>`);
  }
  out.push('  <graph id="kg" edgedefault="directed">');
  if (Object.keys(flat.attributes).length) out.push(data("graph", flat.attributes, "    "));
  for (const n of flat.nodes) {
    out.push(`    <node id="${xmlEscape(n.key)}">`, data("node", n.attributes, "      "), "    </node>");
  }
  for (const e of flat.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      data("edge", e.attributes, "      "),
      "    </edge>",
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.filter((l) => l !== "").join("\n") + "\n";
}

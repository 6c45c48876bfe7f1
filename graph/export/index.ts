// Public face of graph/export: kg graphs as JSON, GraphML, GEXF, CSV and Cypher (pure, browser-safe).
import type { SerializedKg } from "../types.js";
import { toCsv } from "./csv.js";
import { toCypher } from "./cypher.js";
import { toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";
import { toJson } from "./json.js";

export * from "./rows.js";
export { rowFields, toColumnar } from "./columns.js";
export { toCsv, type CsvExport } from "./csv.js";
export { cypherLiteral, cypherString, splitCypherScript, toCypher, type CypherExportOptions } from "./cypher.js";
export { flattenAttributes, restoreAttributes, JSON_FIELDS } from "./flatten.js";
export { toGexf } from "./gexf.js";
export { toGraphml, xmlEscape } from "./graphml.js";
export { toJson } from "./json.js";
export { restoreKg, type ExportableGraph } from "./restore.js";
export { findEntity, neighbourhoodOf } from "./neighbourhood.js";

export const EXPORT_FORMATS = ["json", "graphml", "gexf", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Exports a kg graph as files: name suffix -> content ("" for the single-file formats; CSV gives
 * ".nodes.csv", ".edges.csv" and ".documents.csv").
 * @example exportGraph(kg, "graphml")[""] // the GraphML text
 */
export function exportGraph(kg: SerializedKg, format: ExportFormat): Record<string, string> {
  switch (format) {
    case "json":
      return { "": toJson(kg) };
    case "graphml":
      return { "": toGraphml(kg) };
    case "gexf":
      return { "": toGexf(kg) };
    case "cypher":
      return { "": toCypher(kg) };
    case "csv": {
      const c = toCsv(kg);
      return { ".nodes.csv": c.nodes, ".edges.csv": c.edges, ".documents.csv": c.documents };
    }
  }
}

// Public face of graph/export: kg graphs as JSON, GraphML, GEXF, CSV and Cypher (pure, browser-safe).
export * from "./rows.js";

// Types for graphology-gexf's writer module, imported directly: its browser index also loads a DOMParser-based parser.
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph } from "graphology-types";
  interface Formatted {
    label?: string;
    viz?: Record<string, unknown>;
    attributes?: Record<string, unknown>;
  }
  interface GexfWriteOptions {
    pretty?: boolean;
    version?: "1.2" | "1.3";
    formatNode?: (key: string, attributes: Record<string, unknown>) => Formatted;
    formatEdge?: (key: string, attributes: Record<string, unknown>) => Formatted;
  }
  export default function write(graph: AbstractGraph, options?: GexfWriteOptions): string;
}

// The bundled examples/ articles extracted in-process (as `kg extract` does), with every key and doc id prefixed.
import { fileURLToPath } from "node:url";
import { buildGraph, toSerializedKg } from "../../../graph/build/index.js";
import type { DocExtraction, SerializedKg } from "../../../graph/types.js";
import { discoverInputs, extractDocument, readFiles } from "../../../ingest/index.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

export async function extractExamples(): Promise<SerializedKg> {
  const { files } = await discoverInputs([EXAMPLES]);
  const extractions: DocExtraction[] = [];
  for await (const item of readFiles(files, {})) if (item.kind === "doc") extractions.push(extractDocument(item.doc));
  return toSerializedKg(buildGraph(extractions));
}

/** The same graph under a prefix, so a test can load it beside anyone else's data. */
export function prefixKg(kg: SerializedKg, prefix: string): SerializedKg {
  const doc = (id: string) => prefix + id;
  return {
    ...kg,
    attributes: { ...kg.attributes, documents: (kg.attributes?.documents ?? []).map((d) => ({ ...d, id: doc(d.id) })) },
    nodes: kg.nodes.map((n) => ({
      key: prefix + n.key,
      attributes: { ...n.attributes!, mentions: (n.attributes?.mentions ?? []).map((m) => ({ ...m, doc: doc(m.doc) })) },
    })),
    edges: kg.edges.map((e) => ({
      ...e,
      key: prefix + String(e.key),
      source: prefix + e.source,
      target: prefix + e.target,
      attributes: { ...e.attributes!, evidence: (e.attributes?.evidence ?? []).map((x) => ({ ...x, doc: doc(x.doc) })) },
    })),
  };
}

// A small hand-written kg graph with awkward text (quotes, ampersands, newlines) for export tests.
import type { SerializedKg } from "../../../graph/types.js";

export function sampleKg(): SerializedKg {
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: {
      documents: [
        { id: "doc-1", path: "a.txt", title: 'Talks & "trade" <today>', date: "2024-02-03", sha256: "s1", length: 120 },
        { id: "doc-2", path: "b.txt", title: "It's done", sha256: "s2", length: 80 },
      ],
    },
    nodes: [
      {
        key: "Person:nia bello",
        attributes: {
          name: "Nia Bello",
          entityType: "Person",
          aliases: ["Bello", "N. Bello"],
          mentions: [{ doc: "doc-1", start: 0, end: 9, text: "Nia Bello" }, { doc: "doc-2", start: 4, end: 9, text: "Bello" }],
          confidence: 0.92,
          docCount: 2,
          x: 1.5,
          y: -2,
        },
      },
      {
        key: "Organization:o'neil & sons",
        attributes: {
          name: "O'Neil & Sons",
          entityType: "Organization",
          aliases: [],
          mentions: [{ doc: "doc-1", start: 20, end: 33, text: "O'Neil & Sons" }],
          confidence: 0.7,
          docCount: 1,
        },
      },
    ],
    edges: [
      {
        key: "FUNDS|Organization:o'neil & sons|Person:nia bello",
        source: "Organization:o'neil & sons",
        target: "Person:nia bello",
        attributes: {
          relation: "FUNDS",
          confidence: 0.8,
          docCount: 1,
          dates: ["2024-02-01"],
          evidence: [{ doc: "doc-1", start: 0, end: 60, text: 'O\'Neil & Sons "funds"\nNia Bello;', trigger: "funds", date: "2024-02-01" }],
        },
      },
    ],
  };
}

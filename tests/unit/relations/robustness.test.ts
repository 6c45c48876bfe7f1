// The relation and date stages never throw: word salad with entities in odd places gives some edges, no errors.
import { describe, expect, it } from "vitest";
import { attachDates } from "../../../ingest/extract/dates.js";
import { extractRelations } from "../../../ingest/extract/relations/index.js";
import { defaultSchema } from "../../../ingest/schema.js";
import { buildDoc } from "./build-doc.js";

const WORDS = "the a of by in on to and , . ' ’s who which that was were audited attacked attacks met meeting led side delegation from visited Army Chief General working ( ) “ ” Sunday June 12th funds rely investments made conduct audits Vice Chairman requested ordered targeted capital province said".split(" ");
const ENTITIES = ["[Person:Jane Doe]", "[Place:Lisbon]", "[Place:Chile]'s", "[Organization:Harbor Watch]", "[Group:Chilean nationals]", "[Project:Arctic Rail]", "[Organization:AFO=Harbor Watch]"];

describe("robustness", () => {
  it("handles 300 random documents without throwing", () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let edges = 0;
    for (let n = 0; n < 300; n++) {
      const parts = Array.from({ length: 5 + Math.floor(rnd() * 60) }, () => (rnd() < 0.25 ? ENTITIES : WORDS)[Math.floor(rnd() * 7)]!);
      const doc = buildDoc(parts.join(" "), rnd() < 0.5 ? "2022-06-13" : undefined);
      const relations = attachDates({ ...doc, relations: extractRelations(doc, { schema: defaultSchema() }) });
      for (const r of relations) expect(doc.source.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      edges += relations.length;
    }
    expect(edges).toBeGreaterThan(0);
  });
});

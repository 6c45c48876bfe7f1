// The build-time copy of compromise's word data gives exactly what the library itself gives.
import nlp from "compromise";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compromiseData, conjugate, dataFromPackage, dataStamp } from "../../../ingest/extract/compromise-data.js";
import { schemaVerbs } from "../../../ingest/extract/relations/lexicon.js";
import { defaultSchema } from "../../../ingest/schema.js";

interface Model {
  one: { lexicon: Record<string, unknown>; tagSet: Record<string, { parents?: string[] }> };
  two: { placeWords: Record<string, true>; orgWords: Record<string, true> };
}
const model = (nlp as unknown as { model(): Model }).model();

describe("compromise data", () => {
  const verbs = schemaVerbs(defaultSchema());
  // Written and read back as the build step does: JSON must not lose anything.
  const file = join(mkdtempSync(join(tmpdir(), "kg-cdata-")), "data.json");
  writeFileSync(file, JSON.stringify(dataFromPackage(verbs)));
  const data = JSON.parse(readFileSync(file, "utf8")) as ReturnType<typeof dataFromPackage>;

  it("has the lexicon, tag parents and place/organisation words of the ESM library", () => {
    expect(data.stamp).toBe(dataStamp());
    expect(data.lexicon).toEqual(model.one.lexicon);
    for (const [tag, entry] of Object.entries(model.one.tagSet)) expect(data.parents[tag] ?? []).toEqual(entry.parents ?? []);
    expect(data.placeWords).toEqual(Object.keys(model.two.placeWords));
    expect(data.orgWords).toEqual(Object.keys(model.two.orgWords));
    expect(compromiseData().placeWords).toEqual(data.placeWords);
  });

  it("conjugates every verb of the default schema as compromise does, and verbs outside the copy too", () => {
    expect(verbs.length).toBeGreaterThan(20);
    for (const v of [...verbs, "bicker", "overhaul"]) {
      const c = (nlp(`they ${v} it`).verbs().conjugate()[0] ?? {}) as Record<string, string | undefined>;
      const want = { PastTense: c.PastTense, PresentTense: c.PresentTense, Gerund: c.Gerund };
      for (const got of [data.conjugations[v] ?? conjugate(v), conjugate(v)]) expect({ PastTense: got.PastTense, PresentTense: got.PresentTense, Gerund: got.Gerund }).toEqual(want);
    }
  });
});

// The relation vocabulary and triggers are data: users add relation types and trigger words in the schema.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../../graph/errors.js";
import { extractRelations } from "../../../ingest/extract/relations/index.js";
import { defaultSchema, validateSchema } from "../../../ingest/schema.js";
import type { Schema } from "../../../ingest/schema.js";
import { relationsOf } from "./build-doc.js";

const withSanctions = (): Schema => ({
  ...defaultSchema(),
  relations: [
    ...defaultSchema().relations,
    { name: "SANCTIONED", symmetric: false, head: ["Place", "Organization"], tail: ["Person", "Organization"], triggers: [{ verb: "sanction" }, { noun: "sanction", preps: ["on", "against"] }] },
  ],
});

describe("schema-defined relations", () => {
  it("extracts a user-defined relation with inflected and passive forms", () => {
    const schema = validateSchema(withSanctions());
    const run = (s: string) => relationsOf(s, (doc) => extractRelations(doc, { schema }));
    expect(run("[Place:Canada] sanctioned [Person:Ivan Petrov] on Monday.")).toEqual(["Canada -SANCTIONED-> Ivan Petrov"]);
    expect(run("[Person:Ivan Petrov] was sanctioned by [Place:Canada].")).toEqual(["Canada -SANCTIONED-> Ivan Petrov"]);
    expect(run("[Place:Canada] imposed sanctions on [Organization:Volga Bank].")).toEqual([]);
  });
  it("uses light verbs from the schema's cues", () => {
    const schema = withSanctions();
    schema.relationCues = { ...schema.relationCues, lightVerbs: [...(schema.relationCues?.lightVerbs ?? []), "impose"] };
    const run = (s: string) => relationsOf(s, (doc) => extractRelations(doc, { schema }));
    expect(run("[Place:Canada] imposed sanctions on [Organization:Volga Bank].")).toEqual(["Canada -SANCTIONED-> Volga Bank"]);
  });
  it("rejects malformed relation entries with a clear message", () => {
    const bad = (rel: object) => () => validateSchema({ entityTypes: [], relations: [{ name: "X_Y", symmetric: false, ...rel }] }, "my.json");
    expect(bad({ head: ["Robot"] })).toThrow(/my\.json: relation "X_Y": unknown entity type "Robot"/);
    expect(bad({ triggers: [{ verb: "a", noun: "b" }] })).toThrow(UsageError);
    expect(bad({ triggers: [{ verb: "audit", preps: "on" }] })).toThrow(/"preps" must be an array/);
    expect(bad({ triggers: [{ verb: "audit", confidence: 2 }] })).toThrow(/confidence/);
  });
  it("accepts the bundled schema", () => {
    expect(() => validateSchema(JSON.parse(JSON.stringify(defaultSchema())))).not.toThrow();
  });
});

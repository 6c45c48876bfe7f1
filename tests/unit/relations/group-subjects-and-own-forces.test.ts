// "The group also claimed ..." after a sentence opened by an organisation; "X said its troops killed ...".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("'The group' as a sentence subject", () => {
  it("stands for the organisation the previous sentence opens with", () => {
    expect(rels("The [Organization:Sahel Liberation Front] denied the report on Monday. The group also claimed an attack on a [Organization:National Guard] post in [Place:Menaka].")).toContain(
      "Sahel Liberation Front -ATTACKED-> National Guard",
    );
    expect(rels("The [Organization:Red Hand Front], police said, attacked a bus. The group also claimed the killing of a headman, [Person:Ali Dube].")).toContain("Red Hand Front -KILLED-> Ali Dube");
  });
  it("gives nothing when the previous sentence opens with no organisation", () => {
    expect(rels("On Monday officers met [Person:Ana Ruiz]. The group also attacked the [Organization:Port Authority].")).toEqual([]);
  });
});

describe("the speaker's own people", () => {
  it("reads 'X said its soldiers killed Y' with X as the agent", () => {
    expect(rels("The [Organization:Lakeland Defence Force] said its soldiers killed 14 fighters near [Place:Kivu].")).toEqual(["Lakeland Defence Force -KILLED-> fighters"]);
  });
});

describe("he/she after an unnamed described person", () => {
  it("does not reach back to the previous sentence's person", () => {
    expect(rels("[Person:Marek Dabrowski] retired in May. A day later, the new chief flew to [Place:Oslo], where he met General [Person:Ingrid Solberg].")).toEqual([]);
  });
});

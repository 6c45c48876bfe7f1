// he/she/it subjects stand for a clear antecedent (or for nothing); "audit X's accounts" is about X.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("pronoun subjects", () => {
  it("reads 'He met Y' after a sentence about one person", () => {
    expect(rels("[Person:Tomas Rak] took command in 2019. He met [Person:Ingrid Solberg] in [Place:Oslo] on Monday.")).toEqual(["Ingrid Solberg -MET_WITH-> Tomas Rak"]);
  });
  it("reads 'He visited Y' as the person who opened the previous sentence", () => {
    expect(rels("[Person:Tomas Rak] met [Person:Ingrid Solberg]. He visited [Place:Bergen] later.")).toContain("Tomas Rak -VISITED-> Bergen");
  });
  it("reads 'X flew in, where he met Y' inside one sentence", () => {
    expect(rels("[Person:Tomas Rak] arrived in [Place:Oslo], where he met [Person:Ingrid Solberg].")).toContain("Ingrid Solberg -MET_WITH-> Tomas Rak");
  });
  it("reads 'It signed ...' after a sentence opened by an organisation", () => {
    expect(rels("[Organization:Velox] reported a loss. It signed a deal with [Organization:Kito Corporation] on Monday.")).toEqual(["Kito Corporation -SIGNED-> Velox"]);
  });
  it("guesses nothing when two coordinated people could be meant", () => {
    expect(rels("[Person:Tomas Rak] and [Person:Ingrid Solberg] spoke. He visited [Place:Bergen] later.")).toEqual([]);
  });
  it("does not take another subject when the pronoun is unclear", () => {
    expect(rels("After the talks in [Place:Oslo], he met [Person:Ingrid Solberg].")).toEqual([]);
  });
});

describe("possessive owners of unnamed objects", () => {
  it("reads 'inspected X's books' as inspecting X", () => {
    expect(rels("The [Organization:Audit Board] inspected [Organization:Velox]'s books.")).toEqual(["Audit Board -AUDITS-> Velox"]);
  });
  it("does not read 'arrested the group's leader' as arresting the group", () => {
    expect(rels("The [Organization:Federal Police] arrested the [Organization:Red Hand]'s leader on Monday.")).toEqual([]);
  });
});

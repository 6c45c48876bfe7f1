// Coordinated predicates share a subject; "the army's 14th Brigade" as an object; victims of an attack "which was claimed by X".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("coordinated predicates", () => {
  it("gives 'X said the attack risked spills and urged Y to ...' the speaker as the subject", () => {
    expect(rels("[Organization:River Watch], a local environmental group, said the attack risked new spills and urged [Organization:Delta Oil] to publish an assessment.")).toContain(
      "River Watch -REQUESTED-> Delta Oil",
    );
  });
  it("gives 'X condemned the raid and asked Y to ...' the subject of the first verb", () => {
    expect(rels("[Person:Amir Haidari] condemned the raid on Monday and asked the [Organization:Interior Ministry] to investigate.")).toContain(
      "Amir Haidari -REQUESTED-> Interior Ministry",
    );
  });
});

describe("lower-case possessive owners inside objects", () => {
  it("reads 'the commander of the army's 14th Brigade'", () => {
    expect(rels("Colonel [Person:Yusuf Warsame], the commander of the army's [Organization:14th Brigade], spoke in [Place:Baidoa].")).toContain("Yusuf Warsame -LEADS-> 14th Brigade");
  });
});

describe("claimed killings", () => {
  it("gives the claimant of 'the attack, which was claimed by X' the victim of the same sentence", () => {
    expect(rels("Her escort, constable [Person:Javed Akhtar], was also killed in the attack, which was claimed by the [Organization:Valley Front] in a message.")).toContain(
      "Valley Front -KILLED-> Javed Akhtar",
    );
  });
  it("claims no victim who was killed by a named agent", () => {
    expect(rels("[Person:Javed Akhtar] was killed by [Organization:Hill Raiders] in the attack, which was claimed by the [Organization:Valley Front].")).not.toContain(
      "Valley Front -KILLED-> Javed Akhtar",
    );
  });
});

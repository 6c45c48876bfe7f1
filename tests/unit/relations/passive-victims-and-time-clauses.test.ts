// Passive killings: the agent of a when/as clause ("was martyred when gunmen opened fire"), counted passive subjects ("Two soldiers were martyred by X").
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("passive killings", () => {
  it("reads the subject of a following when-clause as the killer", () => {
    expect(rels("A police constable, [Person:Ahmed Riaz], was martyred when unidentified [Group:gunmen] opened fire on a checkpost in [Place:Bannu].")).toEqual([
      "gunmen -KILLED-> Ahmed Riaz",
    ]);
    expect(rels("[Person:Ahmed Riaz] was killed when [Group:militants] attacked a post.")).toEqual(["militants -KILLED-> Ahmed Riaz"]);
  });
  it("needs a trigger verb in the when-clause", () => {
    expect(rels("[Person:Ahmed Riaz] was killed when [Person:Ali Dar] was away.")).toEqual([]);
  });
  it("makes a counted passive subject a Group", () => {
    expect(rels("Two soldiers were martyred by [Group:terrorists] in [Place:Tank].")).toEqual(["terrorists -KILLED-> soldiers"]);
    expect(rels("Three suspects were arrested by the [Organization:Excise Police].")).toEqual(["Excise Police -ARRESTED-> suspects"]);
  });
});

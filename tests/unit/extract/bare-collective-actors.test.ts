// Unnamed collective actors as bare subjects ("Gunmen attacked"), not every plural noun.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("bare collective actors", () => {
  it("reads bare armed or protesting crowds that act as one Group per noun", () => {
    const t = typesOf("Gunmen attacked a checkpoint on Monday. Officials said gunmen fled, and protesters blocked the road.");
    expect(t).toMatchObject({ gunmen: "Group", protesters: "Group" });
  });

  it("skips plurals after a determiner or without a verb of their own", () => {
    const t = typesOf("The attackers arrived in boats. The rebels have fighters in the hills.");
    expect(Object.values(t)).not.toContain("Group");
  });
});

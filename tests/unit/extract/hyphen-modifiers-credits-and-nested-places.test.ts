// Names inside hyphenated modifiers, wire credit lines, and countries that only occur inside a body's name.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

describe("hyphenated modifiers", () => {
  it("reads the place in X-based and X-registered, and the backer in X-backed and al-X-linked", () => {
    const t = typesOf("The Lisbon-based lender and a Hong Kong-registered shell firm sued the Iran-backed militia, which an al-Nusra-linked cell had joined.");
    expect(t).toMatchObject({ Lisbon: "Place", "Hong Kong": "Place", Iran: "Place", "al-Nusra": "Organization" });
    expect(t["al-Nusra-linked"]).toBeUndefined();
  });

  it("gives nothing for demonyms and lower-case prefixes", () => {
    const t = typesOf("Kurdish-led forces seized a state-owned depot.");
    expect(Object.keys(t)).toEqual([]);
  });
});

describe("wire credit lines", () => {
  it("takes no staff names or desk cities from a credit line", () => {
    const t = typesOf("Rebels shelled Goma on Tuesday. (Reporting by Amara Lindqvist-Obi in Kinshasa; Editing by Tomas Reyes)");
    expect(t).toEqual({ rebels: "Group", Goma: "Place" });
  });
});

describe("places nested in a body's name", () => {
  it("drops a country named only inside an organisation's name, keeps one the text also names alone", () => {
    const t = typesOf("The Export-Import Bank of Korea agreed the loan. Officials of the Bank of Portugal flew to Portugal.");
    expect(t).toMatchObject({ "Export-Import Bank of Korea": "Organization", Portugal: "Place" });
    expect(t["South Korea"] ?? t.Korea).toBeUndefined();
  });
});

describe("site nouns after a name", () => {
  it("keeps field, shrine, compound and fort in a site's name", () => {
    const { entities } = entitiesOf("Output stopped at the Varosk field after guards at the Lumbra shrine and the Kedi fort were attacked.");
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toEqual(expect.arrayContaining(["Varosk field", "Lumbra shrine", "Kedi fort"]));
    expect(entities.every((e) => e.entityType === "Place")).toBe(true);
  });
});

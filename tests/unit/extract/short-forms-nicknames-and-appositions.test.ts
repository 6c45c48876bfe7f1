// Within-document links: company short forms, nicknamed persons, appositive state bodies, acronyms after a nested place.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

const names = (text: string) => entitiesOf(text).entities.map((e) => `${e.entityType}:${e.name}`).sort();

describe("organisation short forms", () => {
  it("links a short company name to its full name with a corporate tail", () => {
    expect(names("Velmora Petroleum said output fell. Shares of Velmora dropped 5 percent.")).toEqual(["Organization:Velmora Petroleum"]);
  });

  it("keeps a parent apart from a subsidiary with a distinct name", () => {
    const n = names("Shares of Kordane rose after its subsidiary Kordane Avionix signed the deal.");
    expect(n).toContain("Organization:Kordane");
    expect(n).toContain("Organization:Kordane Avionix");
  });
});

describe("persons with a quoted nickname", () => {
  it("reads one person without the nickname and links the surname", () => {
    const x = entitiesOf('Police arrested Ramon "El Gato" Figueroa in May. Figueroa denied the charges.');
    const p = x.entities.filter((e) => e.entityType === "Person");
    expect(p.map((e) => e.name)).toEqual(["Ramon Figueroa"]);
    expect(p[0]!.mentions).toHaveLength(2);
  });
});

describe("appositions and acronyms", () => {
  it("makes a country's body in apposition the same entity as the name", () => {
    expect(names("The Althing, Iceland's parliament, will vote on Friday.")).toEqual(["Organization:Althing", "Place:Iceland"]);
  });

  it("links an acronym to the whole organisation, not the place nested at its end", () => {
    const x = entitiesOf("The loan comes from the Development Fund of West Africa (FODA). FODA said so.");
    const org = x.entities.find((e) => e.name === "Development Fund of West Africa")!;
    expect(org.entityType).toBe("Organization");
    expect(org.aliases).toContain("FODA");
  });

  it("reads a sentence-initial plural agent noun as an ordinary word and a cartel as an organisation", () => {
    const t = typesOf("Investigators said the Montaraz Cartel moved the cash.");
    expect(t).toMatchObject({ "Montaraz Cartel": "Organization" });
    expect(t).not.toHaveProperty("Investigators");
  });
});

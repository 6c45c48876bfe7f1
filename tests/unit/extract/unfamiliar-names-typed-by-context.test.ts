// Unknown names typed by the words around them: place cues, feature nouns, unit heads, person cues, datelines, place lists.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

describe("places not in the gazetteer", () => {
  it("reads 'towards X Y', 'residents of X' and 'in X Y' as places", () => {
    const t = typesOf("Families fled towards Dobrel Qaaso after the raid. Residents of Varnakot said the road was shut. Police in Tellam Gorsi said two men were held.");
    expect(t).toMatchObject({ "Dobrel Qaaso": "Place", Varnakot: "Place", "Tellam Gorsi": "Place" });
  });

  it("keeps a possessive after 'in' a person's name", () => {
    const t = typesOf("Investigators found the weapons in Tellam Gorsi's house, the police said.");
    expect(t["Tellam Gorsi"]).not.toBe("Place");
  });

  it("keeps the feature word of 'X river' and 'Y forest' in an alias", () => {
    const { entities } = entitiesOf("The gunmen escaped into the Varuba forest and crossed the Oskel river at night.");
    const varuba = entities.find((e) => e.name === "Varuba");
    const oskel = entities.find((e) => e.name === "Oskel");
    expect(varuba?.entityType).toBe("Place");
    expect(varuba?.aliases).toContain("Varuba forest");
    expect(oskel?.aliases).toContain("Oskel river");
  });

  it("types names coordinated with a place in a list opened by a preposition", () => {
    const t = typesOf("Farmers in Bakonda and Telvaro paid levies to the gang. Talks between the Qarvani and Nairobi went on.");
    expect(t).toMatchObject({ Bakonda: "Place", Telvaro: "Place" });
    expect(t.Qarvani).not.toBe("Place"); // "between" opens a list of parties, not places
  });

  it("reads a capitalised dateline word as a place", () => {
    const t = typesOf("DARBENI, Nov 18: Two soldiers were wounded in an attack, officials said. Troops later returned to Darbeni.");
    expect(t).toMatchObject({ Darbeni: "Place" });
    expect(t.DARBENI).toBeUndefined();
  });

  it("reads 'X Republic' as a place", () => {
    expect(typesOf("The state borders Kelvora Republic to the north.")).toMatchObject({ "Kelvora Republic": "Place" });
  });
});

describe("organisations and people by cue words", () => {
  it("types rifles, scouts and levies regiments and 'the X special forces' as organisations", () => {
    const t = typesOf("Soldiers of the Dorvak Scouts and the Hallim Levies took part, with a company of the Qorvin special forces and the Ostrel Rifles.");
    expect(t).toMatchObject({ "Dorvak Scouts": "Organization", "Hallim Levies": "Organization", Qorvin: "Organization", "Ostrel Rifles": "Organization" });
  });

  it("reads 'X's military spokesman' as an organisation", () => {
    expect(typesOf("Velkaan's military spokesman said the group had seized weapons.")).toMatchObject({ Velkaan: "Organization" });
  });

  it("reads 'gave his name only as X' as a person", () => {
    expect(typesOf("Another resident who gave his name only as Dhuurow said four civilians were wounded.")).toMatchObject({ Dhuurow: "Person" });
  });

  it("strips honorifics and titles such as Alhaji, Malam, Lawmaker and Magistrate", () => {
    const t = typesOf("Alhaji Bukar Tanko Dawaki and Malam Isa Gwarzo met Lawmaker Abdi Warsame Fiqi before Magistrate Tharsan Yogeswaran.");
    expect(t).toMatchObject({ "Bukar Tanko Dawaki": "Person", "Isa Gwarzo": "Person", "Abdi Warsame Fiqi": "Person", "Tharsan Yogeswaran": "Person" });
  });
});

describe("names of units, missions and parties", () => {
  it("reads a bare number before a singular unit head as the unit's name, not a plural count", () => {
    const t = typesOf("Fighters of the 80 Force and troops of 212 Brigade moved in. About 300 Rangers were hurt.");
    expect(t).toMatchObject({ "80 Force": "Organization", "212 Brigade": "Organization" });
    expect(t["300 Rangers"]).toBeUndefined();
  });

  it("keeps 'X Mission in <place> (ACR)' whole and links the acronym to it, not to the place", () => {
    const { entities } = entitiesOf("The Joint Stabilisation Mission in Kenya (JSMK) left two bases. JSMK's spokesperson said so.");
    const mission = entities.find((e) => e.name === "Joint Stabilisation Mission in Kenya");
    expect(mission?.entityType).toBe("Organization");
    expect(mission?.aliases).toContain("JSMK");
    expect(entities.find((e) => e.name === "Kenya")?.aliases ?? []).not.toContain("JSMK");
  });

  it("keeps a plural possessive inside an organisation's name", () => {
    const t = typesOf("Two were members of the Velkran Workers' Party, and the Dalmar Farmers’ Union protested.");
    expect(t).toMatchObject({ "Velkran Workers' Party": "Organization", "Dalmar Farmers’ Union": "Organization" });
  });

  it("reads a demonym at the start of an organisation as its country when the text names the country", () => {
    const { entities } = entitiesOf("The Somali Red Crescent Society sent tents to the camps in Somalia.");
    expect(entities.map((e) => e.name)).toContain("Somalia");
    expect(entities.map((e) => e.name)).not.toContain("Somali");
    expect(entitiesOf("The Somali Red Crescent Society sent tents.").entities.map((e) => e.name)).toEqual(["Somali Red Crescent Society"]);
  });

  it("keeps 'Mount X' apart from the town X and reads 'X local government area' as a place", () => {
    const t = typesOf("Families fled from Kelbo village in Dorma local government area. In Varsun, troops blocked the road to the Mount Varsun shrine.");
    expect(t).toMatchObject({ Dorma: "Place", Varsun: "Place", "Mount Varsun": "Place", Kelbo: "Place" });
  });
});

describe("posts, origins and outlets", () => {
  it("splits 'Inspector General of the X Corps' into a post and the body", () => {
    const t = typesOf("He met the Inspector General of the Dorvak Corps, Maj Gen Tarlo Venn, in the capital.");
    expect(t).toMatchObject({ "Dorvak Corps": "Organization", "Tarlo Venn": "Person" });
    expect(t["General of the Dorvak Corps"]).toBeUndefined();
  });

  it("reads 'an elder from X Y' and 'the district governor of X' as places, 'a letter from X Y' as not", () => {
    const t = typesOf("Ali Mirza Jan, a tribal elder from Sarkel Kot, said so. Maulvi Ahmad Zarin, the district governor of Varkan, denied it. A letter from Jane Smith arrived.");
    expect(t).toMatchObject({ "Sarkel Kot": "Place", Varkan: "Place", "Jane Smith": "Person" });
  });

  it("reads the name in parentheses after a dateline's date as the outlet", () => {
    expect(typesOf("DARBENI, Nov 22 (Kelvar Report) - A drone strike killed three people, officials said.")).toMatchObject({ "Kelvar Report": "Organization" });
  });
});

describe("more person and place cues", () => {
  it("reads a lone word with an age in commas as a person and a lower-case title before a long name as a title", () => {
    const t = typesOf("Another villager, Boukaro, 34, said the market burnt. Kelvar police spokesman Ignaz Benno Ady Prawiro said one officer was hurt.");
    expect(t).toMatchObject({ Boukaro: "Person", "Ignaz Benno Ady Prawiro": "Person" });
  });

  it("reads a single name after a lower-case title as a person even when it speaks", () => {
    expect(typesOf("Rescuers searched for 20 villagers. Basarnu chief Kuswaro said heavy equipment had been sent.")).toMatchObject({ Kuswaro: "Person" });
  });

  it("reads 'sent to X Y' as a place and a place list word that 'said' as a place", () => {
    const t = typesOf("The brigade had been sent to Tarsk Kurmalu. Shopkeepers in Wardak and Tiarvo said the market stayed shut.");
    expect(t).toMatchObject({ "Tarsk Kurmalu": "Place", Tiarvo: "Place" });
  });

  it("keeps a plural possessive before a modifier inside a party name and reads 'a contract with X' as an organisation", () => {
    const t = typesOf("Dana Velk, a lawmaker of the Peoples' Democratic Party, questioned a contract with Lanvar Sathoro.");
    expect(t).toMatchObject({ "Peoples' Democratic Party": "Organization", "Lanvar Sathoro": "Organization" });
  });
});

describe("guards", () => {
  it("keeps a first name that is also a town inside a titled name, and a particle name's age out of the single-word rule", () => {
    const t = typesOf("President Hassan Ali Wardhere vowed to win. Prosecutors accuse de la Vuelta, 61, of taking bribes.");
    expect(t).toMatchObject({ "Hassan Ali Wardhere": "Person" });
    expect(t.Hassan).toBeUndefined();
    expect(t.Vuelta).toBeUndefined();
  });
});


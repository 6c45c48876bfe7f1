// South Asian press conventions: police/military ranks and honorifics before names, hyphen-linked names, group names and place words.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

const persons = (text: string) => entitiesOf(text).entities.filter((e) => e.entityType === "Person").map((e) => e.name).sort();

describe("ranks and honorifics before names", () => {
  it("strips police rank abbreviations and keeps the person", () => {
    expect(persons("A team led by ASP Nadia Farooqi and SHO Kamil Durrani raided the house.")).toEqual(["Kamil Durrani", "Nadia Farooqi"]);
    expect(typesOf("SSP Omer Jalal-ud-Din told reporters.")).toMatchObject({ "Omer Jalal-ud-Din": "Person" });
  });

  it("strips military ranks and religious titles", () => {
    expect(persons("Naib Subedar Karim Dad and Lance Naik Aslam Wazir were wounded.")).toEqual(["Aslam Wazir", "Karim Dad"]);
    expect(persons("Maulana Qari Fazal-ur-Rauf, a local cleric, spoke.")).toEqual(["Fazal-ur-Rauf"]);
  });

  it("reads a name-like honorific as a title only before two name words", () => {
    expect(persons("The speaker, Sardar Ilyas Baig Tareen, adjourned the session.")).toEqual(["Ilyas Baig Tareen"]);
    expect(persons("Minister Malik Tahir said the road would open.")).toEqual(["Malik Tahir"]);
  });

  it("keeps a rank acronym that is not before a name", () => {
    expect(Object.keys(typesOf("The SP party won the seat."))).toContain("SP");
  });

  it("types a lone hyphen-linked name as a person and links it to the full name", () => {
    const x = entitiesOf("Inspector Samina Noor-ul-Ain arrived. Noor-ul-Ain said the road was closed.");
    const p = x.entities.filter((e) => e.entityType === "Person");
    expect(p.map((e) => e.name)).toEqual(["Samina Noor-ul-Ain"]);
    expect(p[0]!.mentions).toHaveLength(2);
  });
});

describe("hyphen-linked organisation names", () => {
  it("types Lashkar-e-X and Tehrik-i-X names as organisations with their acronyms", () => {
    const x = entitiesOf("The outlawed Tehrik-i-Adl-e-Watan Sindh (TAWS) claimed the blast. A rival, Jaish-e-Zafar, denied it.");
    const orgs = x.entities.filter((e) => e.entityType === "Organization");
    expect(orgs.map((e) => e.name).sort()).toEqual(["Jaish-e-Zafar", "Tehrik-i-Adl-e-Watan Sindh"]);
    expect(orgs.find((e) => e.name.startsWith("Tehrik"))!.aliases).toContain("TAWS");
  });
});

describe("South Asian place words", () => {
  it("types Fort X, Kot X, Koh-e-X and X Cantonment as places", () => {
    expect(typesOf("Troops moved from Fort Mardan to Kot Rehmat near Koh-e-Safed and Bannu Cantonment.")).toMatchObject({
      "Fort Mardan": "Place",
      "Kot Rehmat": "Place",
      "Koh-e-Safed": "Place",
      "Bannu Cantonment": "Place",
    });
  });
});

describe("X alias Y", () => {
  it("makes the alias a name of the person before it only", () => {
    const x = entitiesOf("Police held Javed Qureshi alias Bhola on Monday. Officers said Bhola Nath, a trader, had been robbed.");
    const p = x.entities.filter((e) => e.entityType === "Person");
    expect(p.map((e) => e.name).sort()).toEqual(["Bhola Nath", "Javed Qureshi"]);
    expect(p.find((e) => e.name === "Javed Qureshi")!.aliases).toContain("Bhola");
  });

  it("reads ', alias' and a.k.a. after a titled name", () => {
    const x = entitiesOf("Its spokesman Mufti Saad-ul-Karim, alias Abu Harith, issued a statement. Police arrested Tariq Bangash a.k.a. Tara.");
    const p = x.entities.filter((e) => e.entityType === "Person");
    expect(p.map((e) => [e.name, e.aliases.filter((a) => !a.includes("Mufti"))])).toEqual([["Saad-ul-Karim", ["Abu Harith"]], ["Tariq Bangash", ["Tara"]]]);
  });
});

describe("jurisdictions and linked surnames", () => {
  it("splits a place between a rank and the name", () => {
    expect(typesOf("DIG Mardan Range Shaukat-ul-Islam Khattak inspected the lines.")).toMatchObject({ Mardan: "Place", "Shaukat-ul-Islam Khattak": "Person" });
  });

  it("links the first word of a linked last name to the full name", () => {
    const x = entitiesOf("Maj Gen Tahir Saif-ud-Daula arrived. Addressing troops, Saif said the area was clear.");
    const p = x.entities.filter((e) => e.entityType === "Person");
    expect(p.map((e) => e.name)).toEqual(["Tahir Saif-ud-Daula"]);
    expect(p[0]!.mentions).toHaveLength(2);
  });
});

describe("small conventions", () => {
  it("keeps the honorific form as an alias after a longer title", () => {
    const p = entitiesOf("Provincial Minister Sardar Yawar Khan Jadoon inaugurated the road.").entities.find((e) => e.entityType === "Person")!;
    expect([p.name, p.aliases]).toEqual(["Yawar Khan Jadoon", ["Sardar Yawar Khan Jadoon"]]);
  });

  it("reads binte as a name particle, Chak with its number as a place and a lone rank acronym as no entity", () => {
    expect(Object.keys(typesOf("The court summoned Mariam binte Yusuf. Police in Chak 118 told the SHO."))).toEqual(expect.arrayContaining(["Mariam binte Yusuf", "Chak 118"]));
    expect(Object.keys(typesOf("Villagers complained to the SHO about the theft of Rs2 million."))).toEqual([]);
  });
});

describe("more South Asian shapes", () => {
  it("joins wal inside a group name and links its acronym; drops a lead-in before a compound", () => {
    const x = entitiesOf("Officials blamed Jamaat-ud-Nasr wal Islah (JNI) for the blast. Members of Ittehad-ul-Kisan protested.");
    const orgs = x.entities.filter((e) => e.entityType === "Organization");
    expect(orgs.map((e) => [e.name, e.aliases])).toEqual([["Ittehad-ul-Kisan", []], ["Jamaat-ud-Nasr wal Islah", ["JNI"]]]);
  });

  it("types a name before a lower-case administrative noun after a preposition as a place", () => {
    expect(typesOf("Curfew was imposed in Shawal agency and in Lakki division.")).toMatchObject({ Shawal: "Place", Lakki: "Place" });
  });

  it("drops a portfolio word after a rank", () => {
    expect(persons("Superintendent of Police (SP) Investigation Nadeem Abbasi said.")).toEqual(["Nadeem Abbasi"]);
  });
});

describe("month short forms and abbreviated ranks", () => {
  it("keeps Jan as a last name but not before a day number", () => {
    expect(persons("Police said Wali Gul Jan fled on Jan 4.")).toEqual(["Wali Gul Jan"]);
    expect(persons("Insp Karam Dad Tarar was suspended.")).toEqual(["Karam Dad Tarar"]);
  });
});

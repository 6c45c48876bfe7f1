// Offices acting as institutions, acronyms that leave out "of <Country>", "Commission on X", chained title parts.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("institutions named like offices", () => {
  it("reads an auditor-general with no person after it as an organisation", () => {
    expect(typesOf("Kenya's Auditor-General will audit the accounts of the agency.")).toMatchObject({ "Kenya Auditor-General": "Organization" });
  });

  it("joins a long form whose acronym leaves out the owner country", () => {
    const t = typesOf("The Comptroller and Auditor General of Nepal (CAGN) found lapses. The CAGN said more.");
    expect(t).toMatchObject({ "Comptroller and Auditor General of Nepal": "Organization" });
    expect(Object.keys(t)).not.toContain("CAGN");
  });

  it("keeps 'on' inside an organisation name after its head word", () => {
    expect(typesOf("The group appealed to the Regional Commission on Civil Liberties.")).toMatchObject({ "Regional Commission on Civil Liberties": "Organization" });
  });
});

describe("titles and operations", () => {
  it("separates a chained of/for title from the person", () => {
    expect(typesOf("Minister of State for Railways Arjun Vasant-Kale said the line would open.")).toMatchObject({ "Arjun Vasant-Kale": "Person" });
  });

  it("types a code-named operation as a project", () => {
    expect(typesOf("Police began an operation code-named Operation Silent River.")).toMatchObject({ "Operation Silent River": "Project" });
  });

  it("does not read an ordinary adjective at the start of an organisation as a place", () => {
    expect(typesOf("The alliance's Maritime Command will lead the patrols.")).not.toHaveProperty("Maritime");
  });
});

describe("units and places after 'of the'", () => {
  it("keeps the ordinal of a military unit and a rights watchdog's name", () => {
    expect(typesOf("He took command of the 7th Armoured Division in 2019.")).toMatchObject({ "7th Armoured Division": "Organization" });
    expect(typesOf("Civil Liberties Watch called for an inquiry.")).toMatchObject({ "Civil Liberties Watch": "Organization" });
  });

  it("splits a titled person from 'of the <Place>'", () => {
    expect(typesOf("said Commissioner Arif Wahyu Santoso of the Papua regional police.")).toMatchObject({ "Arif Wahyu Santoso": "Person", Papua: "Place" });
  });
});

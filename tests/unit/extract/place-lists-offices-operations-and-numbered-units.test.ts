// Lists of unknown places, bodies named after an office, operations that are forces, and numbered units.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("lists of places", () => {
  it("types unknown names in a list closed or opened by a plural place noun", () => {
    const t = typesOf("Most cases were in the townships of Kavumba and Lirwe. Troops retook the Dornaki and Velsho districts.");
    expect(t).toMatchObject({ Kavumba: "Place", Lirwe: "Place", Dornaki: "Place", Velsho: "Place" });
  });

  it("types the unknown rest of a located list that holds a known place", () => {
    expect(typesOf("Families in Nairobi, Kavumba and Lirwe lost power.")).toMatchObject({ Nairobi: "Place", Kavumba: "Place", Lirwe: "Place" });
  });
});

describe("bodies named after an office", () => {
  it("reads the Attorney General's Office and a place-led prosecutor's office as one organisation each", () => {
    const t = typesOf("The Attorney General's Office said the Varna Chief Public Prosecutor's Office had opened a case.");
    expect(t).toMatchObject({ "Attorney General's Office": "Organization", "Varna Chief Public Prosecutor's Office": "Organization" });
  });
});

describe("named operations", () => {
  it("reads an operation with troops or a commander as a force, a campaign as a project", () => {
    const t = typesOf("Troops of Operation Steel Dawn repelled the raid. Kenya sent troops into Somalia in Operation Blue Lance.");
    expect(t).toMatchObject({ "Operation Steel Dawn": "Organization", "Operation Blue Lance": "Project" });
  });
});

describe("numbered units", () => {
  it("keeps a unit's number after the or a possessive", () => {
    const t = typesOf("He visited the 4 Division Medical Services Hospital. The battalion is part of the 4 Division of the Kenya Army, and the army's 18th Brigade moved.");
    expect(t).toMatchObject({ "4 Division Medical Services Hospital": "Organization", "4 Division": "Organization", "18th Brigade": "Organization" });
  });
});

describe("people and companies by name shape", () => {
  it("reads a double surname or a name in a title's apposition as a person, even after a common first word", () => {
    const t = typesOf("The charity's chief executive, Dickens Owino-Barasa, urged calm. Its secretary, Hans Leo Dela-Rosa, spoke. The agency's Administrator Terrance Mbeki-Hale agreed.");
    expect(t).toMatchObject({ "Dickens Owino-Barasa": "Person", "Hans Leo Dela-Rosa": "Person", "Terrance Mbeki-Hale": "Person" });
  });

  it("reads names ending in a trade word as companies", () => {
    const t = typesOf("Carmakers including Kestrel Motor bought cells, and Sarwan-Bukhari Constructors won the tender.");
    expect(t).toMatchObject({ "Kestrel Motor": "Organization", "Sarwan-Bukhari Constructors": "Organization" });
  });

  it("reads the sites after a list as places", () => {
    expect(typesOf("Inspectors were refused access to the Varkan and Dorbesh enrichment sites.")).toMatchObject({ Varkan: "Place", Dorbesh: "Place" });
  });
});

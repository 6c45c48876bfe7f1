// "Ruritanian police" joins the document's one "National Police"-style body; a rebel "Liberation Army" never absorbs a country's army.
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

describe("generic state bodies", () => {
  it("links a demonym + police phrase to the one named national police body", () => {
    const x = entitiesOf("Norwegian police detained four men on Monday. The Federal Police had tracked them for months.");
    const orgs = x.entities.filter((e) => e.entityType === "Organization");
    expect(orgs.map((e) => e.name)).toEqual(["Federal Police"]);
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it("keeps a country's army apart from a rebel army", () => {
    const x = entitiesOf("The Danish army said the People's Liberation Army had retreated.");
    expect(x.entities.filter((e) => e.entityType === "Organization")).toHaveLength(2);
  });
});

describe("short forms and roles", () => {
  it("links a surname-looking short form to the one company it begins", () => {
    const x = entitiesOf("The Morgan Group, a private security company, left. Morgan fighters stayed in the north.");
    expect(x.entities.filter((e) => e.entityType === "Person")).toHaveLength(0);
  });

  it("reads 'country's military leader' as a role, not the military", () => {
    const x = entitiesOf("Norway's military leader General Aksel Brun spoke on Monday.");
    expect(x.entities.filter((e) => e.entityType === "Organization")).toHaveLength(0);
  });
});

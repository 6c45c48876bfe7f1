// Person names with particles, glued Arabic articles, hyphenated given names, and long titles before them.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

const persons = (text: string) => entitiesOf(text).entities.filter((e) => e.entityType === "Person").map((e) => e.name);

describe("names with particles", () => {
  it("keeps particles inside one person name and links the surname", () => {
    const x = entitiesOf("Police questioned the trader Marta das Neves Ferreira on Monday. Ferreira denied everything.");
    const p = x.entities.find((e) => e.entityType === "Person")!;
    expect(p.name).toBe("Marta das Neves Ferreira");
    expect(p.mentions).toHaveLength(2);
  });

  it("reads bin/Al chains and glued al- as one person", () => {
    expect(persons("Crown Prince Khalid bin Saud Al Nahyan visited the port.")).toEqual(["Khalid bin Saud Al Nahyan"]);
    expect(persons("The envoy Omar Yusuf al-Harbi arrived late. Harbi said little.")).toEqual(["Omar Yusuf al-Harbi"]);
  });

  it("keeps hyphenated given names but not hyphenated modifiers", () => {
    expect(persons("Foreign Minister Park Min-seok spoke to reporters.")).toEqual(["Park Min-seok"]);
    expect(Object.keys(typesOf("The Ankara-backed militia withdrew."))).not.toContain("Ankara-backed");
  });
});

describe("long titles", () => {
  it("separates an organisation, a hyphenated title and the person", () => {
    expect(persons("NATO Secretary-General Dana Okoro urged restraint.")).toEqual(["Dana Okoro"]);
    expect(persons("Constitutional Court Justice Lena Varga wrote the opinion.")).toEqual(["Lena Varga"]);
    expect(persons("Transport Minister Ivo Brandt resigned.")).toEqual(["Ivo Brandt"]);
  });

  it("does not split a ministry name at a title word after 'of'", () => {
    expect(typesOf("The Ministry of Justice said the Ministry of Finance agreed.")).toMatchObject({ "Ministry of Justice": "Organization", "Ministry of Finance": "Organization" });
  });
});

describe("titles inside names", () => {
  it("does not read a title word followed by 'and' as a title", () => {
    expect(typesOf("The Justice and Unity Party (JUP) won the vote.")).toMatchObject({ "Justice and Unity Party": "Organization" });
  });

  it("reads foreign organisation names with particles as organisations, not persons", () => {
    const t = typesOf("Lending by the Banco de Portugal and the Universidad de Lima slowed.");
    expect(t).toMatchObject({ "Banco de Portugal": "Organization", "Universidad de Lima": "Organization" });
  });
});

describe("names starting with a glued article", () => {
  it("types a lone al-X as an organisation unless a person's full name claims it", () => {
    expect(typesOf("Fighters of al-Nasra attacked the base.")).toMatchObject({ "al-Nasra": "Organization" });
    expect(persons("Envoy Karim Saleh al-Qadi arrived. Later al-Qadi left.")).toEqual(["Karim Saleh al-Qadi"]);
  });
});

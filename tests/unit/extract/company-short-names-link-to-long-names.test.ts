// One node per company: "Long Name (Shortname)", "X Holdings Ltd" beside "X Holdings", "FC" for "Frontier Corps <Province>".
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";

const named = (text: string, name: string) => entitiesOf(text).entities.filter((e) => e.name === name || e.aliases.includes(name));

describe("short names of organisations", () => {
  it("links a one-word name in parentheses, and its later uses, to the long name before it", () => {
    const text = "The Velora Media Regulatory Authority (Velmra) barred channels. A Velmra official said two complied.";
    const hits = named(text, "Velmra");
    expect(hits).toHaveLength(1);
    expect(hits[0]!.name).toBe("Velora Media Regulatory Authority");
  });

  it("does not take a known place in parentheses for a short name", () => {
    const { entities } = entitiesOf("The Tarvo Energy Company (Kenya) signed the deal. Kenya welcomed it.");
    expect(entities.find((e) => e.name === "Kenya")?.entityType).toBe("Place");
  });

  it("merges a company named with and without its legal form", () => {
    const text = "Mwenda Holdings Ltd challenged the award. Mwenda Holdings said the tender was unfair. Tarvo Wu Company won it, and Tarvo Wu declined to comment.";
    expect(named(text, "Mwenda Holdings")).toHaveLength(1);
    expect(named(text, "Tarvo Wu")).toHaveLength(1);
    expect(named(text, "Tarvo Wu")[0]!.entityType).toBe("Organization");
  });

  it("links an acronym that leaves out the province a body serves", () => {
    const text = "Soldiers of the Frontier Corps Khyber Pakhtunkhwa were hurt. The FC said the post was rebuilt.";
    expect(named(text, "FC")).toHaveLength(1);
    expect(named(text, "FC")[0]!.name).toBe("Frontier Corps Khyber Pakhtunkhwa");
  });
});

describe("acronyms of movements with Arabic article words", () => {
  it("reads a particle-shaped name its acronym spells (al- skipped) as an organisation, and keeps a named person", () => {
    const { entities } = entitiesOf("Hayat Tarvir al-Qasr (HTQ) denied involvement. HTQ later said more. Mohammed bin Tarvan (MBT) met him.");
    expect(entities.find((e) => e.name === "Hayat Tarvir al-Qasr")?.entityType).toBe("Organization");
    expect(entities.find((e) => e.name === "Hayat Tarvir al-Qasr")?.aliases).toContain("HTQ");
    expect(entities.find((e) => e.name === "Mohammed bin Tarvan")?.entityType).toBe("Person");
  });

  it("reads a place's name before 'news agency' as the outlet", () => {
    const { entities } = entitiesOf("The rebel-run Saba news agency said strikes hit the port.");
    expect(entities.find((e) => e.name === "Saba")?.entityType).toBe("Organization");
  });
});

describe("projects named by a lower-case noun", () => {
  it("names 'the X terminal' with its noun, keeps 'X' as an alias, and keeps one project for 'the X project' later", () => {
    const { entities } = entitiesOf("The regulator let the firm change the design of the Tarvo Tekra terminal. The Tarvo Tekra project is funded by a bank loan.");
    const projects = entities.filter((e) => e.entityType === "Project");
    expect(projects).toHaveLength(1);
    expect(projects[0]!.name).toBe("Tarvo Tekra terminal");
    expect(projects[0]!.aliases).toContain("Tarvo Tekra");
  });

  it("links 'the X dam' to the one 'X ... Dam' of the document", () => {
    const { entities } = entitiesOf("The court suspended the contract for the Kivuko Multipurpose Dam. Residents say the Kivuko dam will flood their farms.");
    expect(entities.filter((e) => e.entityType === "Project").map((e) => e.name)).toEqual(["Kivuko Multipurpose Dam"]);
  });
});

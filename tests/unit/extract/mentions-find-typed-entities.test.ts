// Mentions stage: titles stripped from people, org/place/project cues, demonym groups, no sentence-initial noise.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

describe("mentions", () => {
  it("strips titles from person names and keeps them as roles", () => {
    const x = entitiesOf("Yesterday Navy Chief Admiral Tarek Olvanen Brask met the press.");
    const p = x.entities.find((e) => e.entityType === "Person")!;
    expect(p.name).toBe("Tarek Olvanen Brask");
    expect(p.roles).toContain("Navy Chief Admiral");
  });

  it("types organisations, places and projects by cue words and gazetteers", () => {
    const t = typesOf("Officials of the Northern Fisheries Directorate met in Oslo to discuss the Arctic Cable Project with Norway.");
    expect(t).toMatchObject({ "Northern Fisheries Directorate": "Organization", Oslo: "Place", Norway: "Place", "Arctic Cable Project": "Project" });
  });

  it("turns demonym + group noun into one Group and demonym + army into the country's army", () => {
    const x = entitiesOf("Norwegian citizens fled. The Norwegian people and Norwegian workers waited while the Danish army moved.");
    const group = x.entities.find((e) => e.entityType === "Group")!;
    expect(group.name).toBe("Norwegian nationals");
    expect(group.mentions).toHaveLength(3);
    expect(x.entities.find((e) => e.entityType === "Organization")!.name).toBe("Denmark Army");
  });

  it("treats an ethnonym with militants, rebels and organisations as one armed group", () => {
    const x = entitiesOf("Varan militants struck again. Varan rebels deny it, but Varan organisations were blamed.");
    expect(x.entities.map((e) => [e.name, e.entityType, e.mentions.length])).toEqual([["Varan militants", "Group", 3]]);
  });

  it("ignores sentence-initial words, months and weekdays", () => {
    const t = typesOf("Following the talks, nothing changed. During March and on Monday, Geopolitical tension rose.");
    expect(t).toEqual({});
  });

  it("splits a possessive owner from the owned organisation", () => {
    const t = typesOf("He spoke to Finland’s Border Guard Service about the border.");
    expect(t).toMatchObject({ Finland: "Place", "Border Guard Service": "Organization" });
  });
});

describe("mentions: harder names", () => {
  it("joins 'and' inside one name but not between two headed names", () => {
    const t = typesOf("Envoys praised the Polar Silk and Rail Initiative at the Ministry of Fisheries and Coasts. The Harbour Branch and the Coast Division met.");
    expect(t).toMatchObject({
      "Polar Silk and Rail Initiative": "Project",
      "Ministry of Fisheries and Coasts": "Organization",
      "Harbour Branch": "Organization",
      "Coast Division": "Organization",
    });
  });

  it("does not trust capitals in a title-case headline unless the body confirms them", () => {
    const t = typesOf("Rebels Seize Vantor Hills Outpost In Storm\n\nFighters of the Vantor Front moved north.");
    expect(Object.keys(t)).not.toContain("Rebels Seize Vantor Hills Outpost");
    expect(t).toMatchObject({ "Vantor Front": "Organization" });
  });

  it("reads datelines, places before place nouns and after 'village of'", () => {
    const t = typesOf("OSLO — Troops reached the Varden region and the village of Kell Amar, near North Torvik.");
    expect(t).toMatchObject({ Oslo: "Place", Varden: "Place", "Kell Amar": "Place", "North Torvik": "Place" });
  });

  it("names a country's generic state body after the country", () => {
    const t = typesOf("Officials said Finland’s Air Force and the Swedish Navy trained together.");
    expect(t).toMatchObject({ "Finland Air Force": "Organization", "Sweden Navy": "Organization" });
  });
});

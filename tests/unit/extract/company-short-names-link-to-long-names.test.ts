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

// What is not said: a minister is not a member of the country, a comma after "the envoy to X" opens a name, "X Police" is not placed in X.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("posts and places that are not relations", () => {
  it("does not make a minister or an envoy a member of a country", () => {
    expect(rels("[Place:Peru]'s Energy Minister [Person:Rosa Quispe] said the pipeline would open in May.")).not.toContain("Rosa Quispe -MEMBER_OF-> Peru");
    expect(rels("The [Place:Chile] envoy [Person:Tomas Vidal] arrived on Monday.")).not.toContain("Tomas Vidal -MEMBER_OF-> Chile");
  });
  it("keeps the head of a province as its leader", () => {
    expect(rels("[Place:Gedo] regional governor [Person:Abdi Nur] visited the camp.")).toContain("Abdi Nur -LEADS-> Gedo");
  });
  it("reads the comma after '<role> to/in/of <Place>' as opening the holder's name", () => {
    expect(rels("Its ambassador to [Place:Chile], [Place:Lee Han], attended the signing.")).not.toContain("Chile -LOCATED_IN-> Lee Han");
    expect(rels("The mayor of [Place:Vila Alta], [Place:Rui Costa], welcomed it.")).not.toContain("Vila Alta -LOCATED_IN-> Rui Costa");
    expect(rels("The talks were held in [Place:Porto], [Place:Portugal], on Monday.")).toContain("Porto -LOCATED_IN-> Portugal");
  });
  it("does not place a province's police or a city's high court in it by their names", () => {
    expect(rels("[Organization:Sindh Police] said the road through [Place:Sindh] was open.")).not.toContain("Sindh Police -LOCATED_IN-> Sindh");
    expect(rels("The [Organization:Lahore High Court] adjourned the case; [Place:Lahore] was calm.")).not.toContain("Lahore High Court -LOCATED_IN-> Lahore");
  });
});

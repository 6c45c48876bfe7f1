// Posts said around asides and in unnamed sub-units; plural posts; organisations referred to by a common noun.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("heads of unnamed sub-units", () => {
  it("reads 'who heads the X's northern region' as a member of X", () => {
    expect(rels("[Person:Ada Obi], who heads the [Organization:Water Agency]'s northern region, said so.")).toEqual(["Ada Obi -MEMBER_OF-> Water Agency"]);
  });
  it("reads a director for a portfolio as a member", () => {
    expect(rels("The [Organization:Ministry of Ports] said [Person:Ken Ude], the ministry's director for finance, resigned.")).toEqual(["Ken Ude -MEMBER_OF-> Ministry of Ports"]);
  });
  it("keeps the head of the whole organisation", () => {
    expect(rels("[Person:Ada Obi] heads the [Organization:Water Agency] since May.")).toEqual(["Ada Obi -LEADS-> Water Agency"]);
  });
});

describe("interrupted and relative clauses", () => {
  it("reads 'X, who, officials said, was the group's deputy chief'", () => {
    expect(rels("The [Organization:Red Hand Front] lost a man. Among the dead was [Person:Omar Said], who, officials said, was the group's deputy chief for the east.")).toEqual(["Omar Said -MEMBER_OF-> Red Hand Front"]);
  });
  it("reads 'who until last week was the army's chief of staff'", () => {
    expect(rels("[Person:Lin Wu], who until last week was chief of staff of the [Organization:Blue Guard], retired.")).toEqual(["Lin Wu -LEADS-> Blue Guard"]);
  });
  it("reads 'a senior commander of the faction according to police'", () => {
    expect(rels("Police raided the [Organization:Tora Brigade] camp. [Person:Ali Tor], a senior commander of the faction according to police, was held.")).toEqual(["Ali Tor -MEMBER_OF-> Tora Brigade"]);
  });
  it("reads 'a senior researcher at the group'", () => {
    expect(rels("[Organization:Rights Watch] criticised the police. \"Enough,\" said [Person:Jo Lee], a senior researcher at the group.")).toEqual(["Jo Lee -MEMBER_OF-> Rights Watch"]);
  });
  it("does not take a relative clause without a copula as a post", () => {
    expect(rels("[Person:Ali Tor], who met the group's leader, left [Organization:Tora Brigade].")).toEqual([]);
  });
});

describe("plural posts", () => {
  it("reads 'A and B, both members of Y'", () => {
    expect(rels("[Person:Ana Paz] and [Person:Rui Gil], both members of the [Organization:Green Party], resigned.")).toEqual(["Ana Paz -MEMBER_OF-> Green Party", "Rui Gil -MEMBER_OF-> Green Party"]);
  });
});

describe("portfolios and owners said in passing", () => {
  it("reads 'the group's head of logistics' as a member of the group, not of a state force", () => {
    expect(rels("[Organization:Kenya Defence Force] troops hit the [Organization:Shore Front]. Among the dead was [Person:Ali Noor], the group's head of logistics, officials said.")).toEqual(["Ali Noor -MEMBER_OF-> Shore Front"]);
  });
  it("reads 'The Navy, its spokesperson X said, has ...'", () => {
    expect(rels("The [Organization:Royal Navy], its spokesperson Commander [Person:Jo Lee] said, has stepped up patrols.")).toEqual(["Jo Lee -MEMBER_OF-> Royal Navy"]);
  });
  it("links a Transport Minister to the Ministry of Transportation", () => {
    expect(rels("The [Organization:Ministry of Transportation] signed, Transport Minister [Person:Ada Obi] said.")).toEqual(["Ada Obi -LEADS-> Ministry of Transportation"]);
  });
  it("reads a country director as a member", () => {
    expect(rels("\"We fled,\" said [Organization:Aid Without Borders] country director [Person:Jo Lee].")).toEqual(["Jo Lee -MEMBER_OF-> Aid Without Borders"]);
  });
});

describe("owners named by a bare or generic noun before the role", () => {
  it("reads 'Ministry spokesman X' as a member of the ministry named before", () => {
    expect(rels("The [Organization:Ministry of National Defence] said so. Ministry spokesman Rear Admiral [Person:Ali Noor] said more.")).toEqual(["Ali Noor -MEMBER_OF-> Ministry of National Defence"]);
  });
  it("reads 'The company's operations director, X' as a member of the company, not a ministry", () => {
    expect(rels("The [Organization:Ministry of Fisheries] fined [Organization:Sea Star Lines]. The company's operations director, [Person:Jo Lee], said so.")).toEqual(["Jo Lee -MEMBER_OF-> Sea Star Lines"]);
  });
});

describe("a role of the group before the name", () => {
  it("reads 'A spokesman for the group, X, said'", () => {
    expect(rels("The [Organization:Hill Front] blocked the road. A spokesman for the group, [Person:Xalid Ren], said families were stuck.")).toEqual(["Xalid Ren -MEMBER_OF-> Hill Front"]);
  });
});

// Constructions beyond "X verb Y": plural via nouns, agents after "from", "between" late, control, pronouns, clauses.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("wider verb and noun constructions", () => {
  it("reads a plural via noun ('signed nine agreements')", () => {
    expect(rels("In the capital, [Place:Norway] and [Place:Chile] signed nine agreements on fisheries.")).toEqual(["Chile -SIGNED-> Norway"]);
  });
  it("takes the agent of a funding noun after 'from' and the clause subject as the tail", () => {
    expect(rels("[Organization:Borealis Mining] will build a smelter near the coast, with financing from the [Organization:Nordic Investment Bank].")).toEqual([
      "Nordic Investment Bank -FUNDS-> Borealis Mining",
    ]);
    expect(rels("The [Project:Green Rail Link] got a loan from the [Organization:Asian Infrastructure Bank].")).toEqual(["Asian Infrastructure Bank -FUNDS-> Green Rail Link"]);
  });
  it("pairs the sides of a meeting named after place and time words, titles allowed", () => {
    expect(rels("It came after a meeting in [Place:Lima] last week between President [Person:Rosa Vidal] and Peruvian Premier [Person:Tomas Ruiz].")).toEqual([
      "Rosa Vidal -MET_WITH-> Tomas Ruiz",
    ]);
  });
  it("pairs the coordinated subject of a clause with 'after talks'", () => {
    expect(rels("[Person:Ana Lopes] and her Angolan counterpart [Person:Joao Neto] signed a treaty on river transport after talks in [Place:Luanda].")).toContain(
      "Ana Lopes -MET_WITH-> Joao Neto",
    );
  });
  it("does not pair the hosts of talks", () => {
    expect(rels("The talks, hosted by [Place:Egypt], [Place:Qatar] and [Place:Oman], resumed on Monday.")).toEqual([]);
  });
  it("reads the object of 'asked X (ACR) last year to act' and the controller of an infinitive", () => {
    expect(rels("The [Organization:Audit Office] asked the [Organization:Rail Agency=Rail Agency] ([Organization:RA=Rail Agency]) last year to halt payments.")).toEqual([
      "Audit Office -REQUESTED-> Rail Agency",
    ]);
    expect(rels("The mayor, led by Governor [Person:Ida Berg], asked the [Organization:Data Protection Board] to inspect [Organization:Cityline Transit].")).toEqual([
      "Data Protection Board -AUDITS-> Cityline Transit",
      "Ida Berg -REQUESTED-> Data Protection Board",
    ]);
  });
  it("resolves 'him' to the person met before", () => {
    expect(rels("[Person:Lena Fischer] met [Person:Omar Haddad] in [Place:Bonn] and urged him to resign.")).toEqual([
      "Lena Fischer -MET_WITH-> Omar Haddad",
      "Lena Fischer -REQUESTED-> Omar Haddad",
    ]);
  });
  it("gives the meeting partner to a later 'signed an agreement'", () => {
    expect(rels("[Person:Lena Fischer] met [Person:Omar Haddad] on Monday and signed an agreement on border controls.")).toEqual([
      "Lena Fischer -MET_WITH-> Omar Haddad",
      "Lena Fischer -SIGNED-> Omar Haddad",
    ]);
  });
  it("does not read 'found that X had' as founding", () => {
    expect(rels("The [Organization:Safety Board] said it found that [Organization:Altus Air] had ignored warnings.")).toEqual([]);
    expect(rels("The [Organization:Safety Board] found [Organization:Altus Air] had ignored warnings.")).toEqual([]);
  });
  it("reads an invasion and fired missiles as attacks", () => {
    expect(rels("Exports fell after [Place:Iraq]'s invasion of [Place:Kuwait].")).toEqual(["Iraq -ATTACKED-> Kuwait"]);
    expect(rels("The [Group:Delta rebels] have fired rockets and drones at [Place:Port Sana].")).toEqual(["Delta rebels -ATTACKED-> Port Sana"]);
  });
  it("reads a secretary-general as the leader", () => {
    expect(rels("[Organization:ASEAN] Secretary-General [Person:Kao Kim Hourn] arrived on Monday.")).toEqual(["Kao Kim Hourn -LEADS-> ASEAN"]);
  });
});

describe("objects behind titles", () => {
  it("does not take a titled object as the subject of a later verb", () => {
    expect(rels("[Person:Ana Ruiz] met [Place:Chile]'s Foreign Minister [Person:Luis Mena] in [Place:Lima] and signed an agreement on trade.")).toEqual([
      "Ana Ruiz -MET_WITH-> Luis Mena",
      "Ana Ruiz -SIGNED-> Luis Mena",
    ]);
  });
  it("lets the leader named in 'X, led by Y,' speak for X", () => {
    expect(rels("The regional council, led by Governor [Person:Ida Berg], asked the [Organization:Data Board] to act.")).toEqual(["Ida Berg -REQUESTED-> Data Board"]);
  });
});

describe("agreements signed with a partner", () => {
  it("reads 'an agreement signed in X on Monday with the state-owned company Y'", () => {
    expect(rels("[Organization:Norsk Steel] will build a mill under an agreement signed in [Place:Oslo] on Monday with the state-owned energy company [Organization:Fjordkraft], officials said.")).toEqual([
      "Fjordkraft -SIGNED-> Norsk Steel",
    ]);
  });
});

describe("unnamed objects further back", () => {
  it("guesses an unnamed audit object from the last five sentences when the last two name none", () => {
    expect(rels("[Organization:Delta Shipping] won the contracts. Two managers resigned. A lawyer spoke. The deals were audited by the [Organization:Audit Court].")).toEqual([
      "Audit Court -AUDITS-> Delta Shipping",
    ]);
  });
});

describe("builders and partners", () => {
  it("reads 'developed by a consortium led by A, together with B and the state-run C'", () => {
    expect(rels("The [Project:Lagos Rail Hub] is being developed by a consortium led by [Organization:Alpha Works], together with [Organization:Beta Holdings] and the state-run [Organization:Rail Authority].")).toEqual([
      "Alpha Works -WORKS_ON-> Lagos Rail Hub",
      "Beta Holdings -WORKS_ON-> Lagos Rail Hub",
      "Rail Authority -WORKS_ON-> Lagos Rail Hub",
    ]);
  });
  it("gives nothing for building an unnamed thing", () => {
    expect(rels("[Organization:Alpha Works] will build a new plant near [Place:Kano].")).toEqual([]);
  });
});

describe("demonyms before titles", () => {
  it("keeps 'met Ethiopian Prime Minister X' an object", () => {
    expect(rels("[Person:Ana Ruiz] met Ethiopian Prime Minister [Person:Abebe Kebede] in [Place:Nairobi] and signed an agreement on roads.")).toEqual([
      "Abebe Kebede -MET_WITH-> Ana Ruiz",
      "Abebe Kebede -SIGNED-> Ana Ruiz",
    ]);
  });
});

describe("amounts", () => {
  it("reads 'X said it would lend $300 million to Y'", () => {
    expect(rels("The [Organization:Nordic Bank] said it would lend $300 million to [Organization:Lakeside Power].")).toEqual(["Nordic Bank -FUNDS-> Lakeside Power"]);
    expect(rels("[Organization:Lakeside Power] will invest 2 billion euros in the [Project:North Wind Farm].")).toEqual(["Lakeside Power -FUNDS-> North Wind Farm"]);
  });
});

describe("financing after a place apposition", () => {
  it("gives the financing to the subject of the clause's verb, not to a place in between", () => {
    expect(rels("[Organization:Aerion], the aircraft maker, will build a line in [Place:Tianjin], [Place:China], with financing from the [Organization:Harbour Bank].")).toEqual([
      "Harbour Bank -FUNDS-> Aerion",
      "Tianjin -LOCATED_IN-> China",
    ]);
  });
});

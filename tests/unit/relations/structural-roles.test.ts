// Structural relations said by appositions and clauses: posts taken and held (LEADS, MEMBER_OF), units (PART_OF).
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("appositions", () => {
  it("reads a spokesman for an organisation and a former officer in one", () => {
    expect(rels("[Person:Ola Berg], a spokesman for the [Organization:Green Front], said.")).toEqual(["Ola Berg -MEMBER_OF-> Green Front"]);
    expect(rels("[Person:Ivo Dahl], a former officer in the [Organization:Royal Danish Navy], said.")).toEqual(["Ivo Dahl -MEMBER_OF-> Royal Danish Navy"]);
  });
  it("reads one of several leaders as a member", () => {
    expect(rels("[Person:Rui Costa], a senior leader of the opposition [Organization:Blue Party], was held.")).toEqual(["Rui Costa -MEMBER_OF-> Blue Party"]);
  });
  it("reads an organisation named before a unit noun as the parent", () => {
    expect(rels("[Organization:Vela Rail], a [Organization:Norta] subsidiary, will run the line.")).toEqual(["Vela Rail -PART_OF-> Norta"]);
    expect(rels("[Organization:Vela Rail], formally part of the [Organization:Norta Group], was set up in 2003.")).toEqual(["Vela Rail -PART_OF-> Norta Group"]);
  });
  it("reads ', of the X' after a person", () => {
    expect(rels("Judge [Person:Ana Ruiz], of the [Organization:Superior Court of Quito], said so.")).toEqual(["Ana Ruiz -MEMBER_OF-> Superior Court of Quito"]);
  });
  it("reads a lower-case state organisation as owner when the document names exactly one", () => {
    expect(rels("Officers of the [Organization:Malawi Police Service] arrested two, police spokesman [Person:Joe Banda] said.")).toEqual(["Joe Banda -MEMBER_OF-> Malawi Police Service"]);
    expect(rels("[Organization:Press Directorate], the army's publicity arm, said [Organization:Ghana Army] troops moved.")).toEqual(["Press Directorate -PART_OF-> Ghana Army"]);
  });
  it("does not guess the army of a rebel group", () => {
    expect(rels("Fighters of the [Organization:Northern Liberation Army] fled, army spokesman [Person:Joe Banda] said.")).toEqual([]);
  });
  it("reads 'the commander of X, Maj Gen Y'", () => {
    expect(rels("[Person:Ali Sudani] later met the commander of the [Organization:Zeta Corps], Maj Gen [Person:Kevin Leahy], in [Place:Basra].")).toContain("Kevin Leahy -LEADS-> Zeta Corps");
  });
});

describe("posts taken or held", () => {
  it("reads appointments with 'as' and 'appointed'", () => {
    expect(rels("President [Person:Jan Nowak] on Friday named General [Person:Tomas Rak] as chief of the [Organization:General Staff].")).toEqual(["Tomas Rak -LEADS-> General Staff"]);
    expect(rels("Major General [Person:Omar Haq] replaced [Person:Anis Rahman], who was appointed head of the [Organization:Armed Forces Division].")).toEqual(["Anis Rahman -LEADS-> Armed Forces Division"]);
    expect(rels("[Person:Ewa Dab] was appointed last month as an adviser to the [Organization:Security Bureau].")).toEqual(["Ewa Dab -MEMBER_OF-> Security Bureau"]);
  });
  it("reads 'as its <role>' as a post in the nearest organisation", () => {
    expect(rels("[Organization:Tana Power] on Thursday named [Person:Joseph Kiprop] as its managing director.")).toEqual(["Joseph Kiprop -LEADS-> Tana Power"]);
    expect(rels("[Person:Mark Hukom] was moved to the [Organization:Narcotics Agency] as its deputy chief.")).toEqual(["Mark Hukom -MEMBER_OF-> Narcotics Agency"]);
  });
  it("reads 'took command of'", () => {
    expect(rels("[Person:Tomas Rak] took command of the [Organization:12th Mechanised Division] in 2019.")).toEqual(["Tomas Rak -LEADS-> 12th Mechanised Division"]);
  });
  it("passes over the person who appoints", () => {
    expect(rels("[Person:Ann Lee] was appointed by President [Person:Bo Kim] as head of the [Organization:Tax Office].")).toEqual(["Ann Lee -LEADS-> Tax Office"]);
    expect(rels("[Person:Eva Puente] served as minister under President [Person:Juan Cruz] and later as an adviser to the [Organization:Andean Bank].")).toEqual(["Eva Puente -MEMBER_OF-> Andean Bank"]);
  });
  it("reads a copula only after the clause's own subject", () => {
    expect(rels("[Person:Lena Ek] is a member of the [Organization:Red Circle].")).toEqual(["Lena Ek -MEMBER_OF-> Red Circle"]);
    expect(rels("The man who shot [Person:Lena Ek] was a member of the [Organization:Red Circle].")).toEqual([]);
  });
});

describe("successions and units", () => {
  it("reads 'X succeeds Y as head of Z' for both", () => {
    expect(rels("[Person:Jo Li] succeeds [Person:Bo Kim] as head of the [Organization:Tax Office].")).toEqual(["Bo Kim -LEADS-> Tax Office", "Jo Li -LEADS-> Tax Office"]);
  });
  it("does not give the successor the post a replaced person moves to", () => {
    expect(rels("[Person:Jo Li] took over, replacing [Person:Bo Kim], who was appointed head of the [Organization:Tax Office].")).toEqual(["Bo Kim -LEADS-> Tax Office"]);
  });
  it("reads 'X from the Y' for a person of an organisation, not after a verb", () => {
    expect(rels("[Person:Jo Li] from the [Organization:Tax Office] said.")).toEqual(["Jo Li -MEMBER_OF-> Tax Office"]);
    expect(rels("[Person:Jo Li] received a call from the [Organization:Tax Office].")).toEqual([]);
  });
  it("reads units under, owned by and included in a parent", () => {
    expect(rels("The [Organization:Vela Unit] under the [Organization:Interior Ministry] said.")).toEqual(["Vela Unit -PART_OF-> Interior Ministry"]);
    expect(rels("[Organization:Acme]'s [Organization:Zeta Services] unit said.")).toEqual(["Zeta Services -PART_OF-> Acme"]);
    expect(rels("[Organization:Tana Power]'s rural electrification arm, [Organization:Last Mile Group], will remain.")).toEqual(["Last Mile Group -PART_OF-> Tana Power"]);
    expect(rels("The [Organization:17th Division] includes the [Organization:313th Infantry Brigade] and a battalion.")).toEqual(["313th Infantry Brigade -PART_OF-> 17th Division"]);
  });
});

describe("more posts", () => {
  it("reads a unit named before its parent with 'of'", () => {
    expect(rels("The [Organization:Narcotics Directorate] of the [Organization:Interior Ministry] said.")).toEqual(["Narcotics Directorate -PART_OF-> Interior Ministry"]);
  });
  it("reads a second description joined by 'and a'", () => {
    expect(rels("[Person:Shah Khan], a retired brigadier general and a fellow at the [Organization:Delta Institute], said.")).toEqual(["Shah Khan -MEMBER_OF-> Delta Institute"]);
  });
  it("reads newer post titles", () => {
    expect(rels("[Person:Mia Roth], a correspondent for the [Organization:Daily Courier], said.")).toEqual(["Mia Roth -MEMBER_OF-> Daily Courier"]);
    expect(rels("[Person:Mia Roth], the general manager of [Organization:Lumo Steel], said.")).toEqual(["Mia Roth -LEADS-> Lumo Steel"]);
  });
});

describe("title-case posts without 'of'", () => {
  it("reads 'X, Commander Y' and 'Director General Y Maj Gen X'", () => {
    expect(rels("Lt Gen [Person:Omar Aziz], Commander [Organization:Eastern Command], said.")).toEqual(["Omar Aziz -LEADS-> Eastern Command"]);
    expect(rels("Director General [Organization:Press Wing] Maj Gen [Person:Omar Aziz] said.")).toEqual(["Omar Aziz -LEADS-> Press Wing"]);
  });
  it("does not read a meeting's other side as the post", () => {
    expect(rels("The [Organization:Acme] board met President [Person:Jo Li].")).not.toContain("Jo Li -LEADS-> Acme");
  });
});

describe("second posts", () => {
  it("reads 'X is an engineer by training and a member of Y'", () => {
    expect(rels("[Person:Jo Kip] is an engineer by training and a member of the [Organization:Institution of Engineers].")).toEqual(["Jo Kip -MEMBER_OF-> Institution of Engineers"]);
  });
});

// Meetings, visits, requests, funding, work, founding and arrests from verb triggers.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("meetings", () => {
  it("pairs the leaders of the sides of a meeting", () => {
    const out = rels("The summit was held on May 3, with the Kenyan side led by Foreign Secretary [Person:Alice Mwangi], and the Ugandan side led by Minister [Person:John Okello].");
    expect(out).toEqual(["Alice Mwangi -MET_WITH-> John Okello"]);
  });
  it("reads 'met with' and 'held talks with'", () => {
    expect(rels("[Person:Ana Lima] met with [Person:Rui Costa].")).toEqual(["Ana Lima -MET_WITH-> Rui Costa"]);
    expect(rels("[Person:Ana Lima] held talks with [Person:Rui Costa] in [Place:Porto].")).toEqual(["Ana Lima -MET_WITH-> Rui Costa"]);
  });
});

describe("visits", () => {
  it("reads 'a delegation from Country visited Y' with the country as head", () => {
    expect(rels("A delegation from [Place:Norway] visited [Place:Kenya] last month.")).toEqual(["Norway -VISITED-> Kenya"]);
  });
  it("reads 'led a delegation to Y'", () => {
    expect(rels("[Person:Ana Lima] led a trade delegation to [Place:Chile] in May.")).toEqual(["Ana Lima -VISITED-> Chile"]);
  });
  it("reads 'travel to' and 'arrived in'", () => {
    expect(rels("[Person:Li Wei] arrived in [Place:Moscow] on Monday.")).toEqual(["Li Wei -VISITED-> Moscow"]);
  });
});

describe("requests", () => {
  it("reads 'X urged/ordered P to act', skipping titles and possessives before the name", () => {
    expect(rels("[Place:Japan] urged the [Organization:IAEA] to release the report.")).toEqual(["Japan -REQUESTED-> IAEA"]);
    expect(rels("[Place:Paris] has ordered [Place:Mali]’s Army Chief General [Person:Oumar Traore] to withdraw.")).toContain("Paris -REQUESTED-> Oumar Traore");
  });
  it("needs the 'to' infinitive", () => {
    expect(rels("[Place:Japan] asked [Organization:IAEA] officials about the leak.")).toEqual([]);
  });
});

describe("other verbs", () => {
  it("reads 'X working on Project'", () => {
    expect(rels("Attacks on [Group:Chilean engineers] working on the [Project:Andes Tunnel] rose.")).toEqual(["Chilean engineers -WORKS_ON-> Andes Tunnel"]);
  });
  it("reads founding in the passive and setting up", () => {
    expect(rels("The [Organization:Green Party] was founded by [Person:Petra Kelly] in 1980.")).toEqual(["Petra Kelly -ESTABLISHED-> Green Party"]);
    expect(rels("The [Organization:City Police] decided to set up the [Organization:Cyber Unit].")).toEqual(["City Police -ESTABLISHED-> Cyber Unit"]);
  });
  it("reads arrests and killings", () => {
    expect(rels("The [Organization:NCA] arrested [Person:Paul Mbeki], 52, at his home.")).toEqual(["NCA -ARRESTED-> Paul Mbeki"]);
    expect(rels("The [Organization:Sahel Front] killed [Person:Amadou Diallo] in an ambush.")).toEqual(["Sahel Front -KILLED-> Amadou Diallo"]);
  });
  it("reads members of a group as the group acting", () => {
    expect(rels("Militants of the [Organization:Sahel Front] attacked a camp of the [Project:Niger Railway] on Sunday.")).toEqual(["Sahel Front -ATTACKED-> Niger Railway"]);
  });
});

describe("agreements and conflict", () => {
  it("reads 'reached a deal with' as signing", () => {
    expect(rels("[Organization:Norsk Oil] reached a deal with [Organization:Baltic Gas] on Monday.")).toEqual(["Baltic Gas -SIGNED-> Norsk Oil"]);
  });
  it("reads invasions as attacks and clashes as conflict", () => {
    expect(rels("[Place:Ruritania] invaded [Place:Elbonia] in 2021.")).toEqual(["Ruritania -ATTACKED-> Elbonia"]);
    expect(rels("[Organization:Union Army] troops clashed with the [Organization:Delta Army] near the river.")).toEqual(["Union Army -OPPOSES-> Delta Army"]);
  });
});

describe("titled objects and signatories", () => {
  it("takes the person after 'Org chief' as the object", () => {
    expect(rels("[Person:Vlad Popov] had met [Organization:Delta Group] chief [Person:Yuri Prigov] days later.")).toEqual([
      "Vlad Popov -MET_WITH-> Yuri Prigov",
      "Yuri Prigov -LEADS-> Delta Group",
    ]);
  });
  it("pairs the signatories of a passive 'was signed by A and his counterpart B'", () => {
    expect(rels("The accord was signed by Foreign Minister [Person:Mert Kaya] and his Swedish counterpart [Person:Tobias Berg].")).toEqual([
      "Mert Kaya -SIGNED-> Tobias Berg",
    ]);
  });
});

describe("sides of a meeting named by origin", () => {
  it("reads 'officials from A met their counterparts from B'", () => {
    expect(rels("Officials from [Place:India] met their counterparts from [Place:Nepal].")).toEqual(["India -MET_WITH-> Nepal"]);
  });
  it("does not read any people from a place as a meeting side", () => {
    expect(rels("[Person:Ana Lima] met reporters from [Place:Brazil] after the talks.")).toEqual([]);
  });
  it("reads 'the visit by X to Y'", () => {
    expect(rels("The visit by Premier [Person:Li Qiang] to [Place:Germany] ended on Tuesday.")).toEqual(["Li Qiang -VISITED-> Germany"]);
  });
});

describe("agreements and claims", () => {
  it("reads 'A and B agreed to' as an agreement between them", () => {
    expect(rels("[Place:India] and [Place:Japan] agreed to jointly build engines.")).toEqual(["India -SIGNED-> Japan"]);
    expect(rels("[Person:Ana Lima] agreed that the plan was sound.")).toEqual([]);
  });
  it("reads 'X claimed responsibility for the attack on Y'", () => {
    expect(rels("The [Organization:Tehreek Front] claimed responsibility for the attack on the [Organization:Police Lines].")).toEqual([
      "Tehreek Front -ATTACKED-> Police Lines",
    ]);
  });
});

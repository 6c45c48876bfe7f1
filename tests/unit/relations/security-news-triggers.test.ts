// Security-news verbs: opened fire on, rammed, gunned down, slain, nabbed, rounded up, reached (a place); titles with "of".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("security-news verbs", () => {
  it("reads attacks: opened fire on, rammed", () => {
    expect(rels("Gunmen of the [Organization:Free Hills Army] opened fire on a [Organization:Border Police] patrol near [Place:Tura].")).toContain("Free Hills Army -ATTACKED-> Border Police");
    expect(rels("[Organization:Gulf Coast Guard] vessels rammed a [Organization:Harbour Navy] boat.")).toContain("Gulf Coast Guard -ATTACKED-> Harbour Navy");
  });
  it("reads killings and arrests: gunned down, slain, nabbed, rounded up", () => {
    expect(rels("Militants of the [Organization:Black Banner] gunned down [Person:Aziz Khan] in [Place:Bannu].")).toContain("Black Banner -KILLED-> Aziz Khan");
    expect(rels("[Person:Omar Dar] was slain by the [Organization:Valley Front].")).toEqual(["Valley Front -KILLED-> Omar Dar"]);
    expect(rels("The [Organization:Excise Police] nabbed [Person:Rafiq Butt] at a checkpoint.")).toEqual(["Excise Police -ARRESTED-> Rafiq Butt"]);
    expect(rels("The [Organization:Rangers] rounded up [Person:Rafiq Butt] and [Person:Asif Lone].")).toEqual(["Rangers -ARRESTED-> Asif Lone", "Rangers -ARRESTED-> Rafiq Butt"]);
  });
  it("reads 'reached <Place>' as a visit, and 'reached an agreement with X' as no visit", () => {
    expect(rels("Prime Minister [Person:Lena Berg] reached [Place:Kabul] on Monday.")).toEqual(["Lena Berg -VISITED-> Kabul"]);
    expect(rels("[Organization:Acme] reached an agreement with [Organization:Zeta] on Monday.")).toEqual(["Acme -SIGNED-> Zeta"]);
  });
  it("reads a title with 'of' before the subject (Inspector General of Police X)", () => {
    expect(rels("Inspector General of Police [Person:Zulfiqar Khattak] visited [Place:Swat] on Saturday.")).toEqual(["Zulfiqar Khattak -VISITED-> Swat"]);
  });
});

describe("visits to an unnamed site in a place", () => {
  it("reads 'visited forward posts in X' as a visit to X", () => {
    expect(rels("Lt Gen [Person:Asif Raza] visited forward posts in [Place:Kurram] on Monday.")).toEqual(["Asif Raza -VISITED-> Kurram"]);
    expect(rels("[Person:Asif Raza] toured flood-hit areas of [Place:Sindh].")).toEqual(["Asif Raza -VISITED-> Sindh"]);
  });
  it("does not read a person's place as the visited site", () => {
    expect(rels("[Person:Asif Raza] visited the family of [Person:Omar Dar] in [Place:Kurram].")).toEqual([]);
  });
});

describe("more security and politics forms", () => {
  it("reads 'called on X' as a meeting and 'called on X to act' as a request only", () => {
    expect(rels("Federal Minister [Person:Ahsan Rana] called on President [Person:Asif Lodhi] at the palace.")).toEqual(["Ahsan Rana -MET_WITH-> Asif Lodhi"]);
    expect(rels("[Person:Ahsan Rana] called on [Organization:Acme] to withdraw the bid.")).toEqual(["Ahsan Rana -REQUESTED-> Acme"]);
  });
  it("reads projects executed or implemented by X as WORKS_ON, executions of people as KILLED", () => {
    expect(rels("The [Project:Safe City Project] will be executed by the [Organization:Safe Cities Authority].")).toEqual(["Safe Cities Authority -WORKS_ON-> Safe City Project"]);
    expect(rels("The [Organization:Hill Army] executed two soldiers.")).toEqual(["Hill Army -KILLED-> soldiers"]);
  });
  it("does not read the place of an unnamed target as the target of an attack", () => {
    expect(rels("[Group:Gunmen] opened fire on a police checkpost in [Place:Bannu].")).toEqual([]);
    expect(rels("[Group:Gunmen] opened fire on a [Organization:Frontier Police] checkpost in [Place:Bannu].")).toEqual(["Gunmen -ATTACKED-> Frontier Police"]);
  });
  it("reads 'suspects of the banned X' as X and names everyone identified later", () => {
    expect(rels("The [Organization:CTD] arrested two suspected terrorists of the banned [Organization:Tehreek Front] in [Place:Tank]. They were identified as [Person:Noor Wali] and [Person:Saif Ullah].")).toEqual([
      "CTD -ARRESTED-> Noor Wali",
      "CTD -ARRESTED-> Saif Ullah",
      "CTD -ARRESTED-> Tehreek Front",
    ]);
  });
});

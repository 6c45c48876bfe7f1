// Requests past relative clauses and titles, appeals, visits to institutions, and where money comes from.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("requests", () => {
  it("reads 'directed Title of Title X, who ..., to act'", () => {
    const out = rels("Governor [Person:Amara Okoye] condemned the raid and directed Inspector General of Police [Person:Tunde Bello], who heads the state police, to file a report.");
    expect(out).toContain("Amara Okoye -REQUESTED-> Tunde Bello");
  });
  it("reads 'asked neighbouring X, where ..., to act'", () => {
    const out = rels("The [Organization:Health Ministry] has asked neighbouring [Place:Zambia], where a cholera outbreak has spread, to share data.");
    expect(out).toContain("Health Ministry -REQUESTED-> Zambia");
  });
  it("reads 'appealed to X to act'", () => {
    expect(rels("The [Organization:Relief Agency] appealed to [Place:Lusaka] to open the crossing.")).toEqual(["Relief Agency -REQUESTED-> Lusaka"]);
  });
  it("keeps the subject of 'directed X to ... and asked Y to ...' for both requests", () => {
    const out = rels("The [Organization:Audit Committee] directed the [Organization:Works Department] to recover the money and asked the [Organization:Ethics Bureau] to investigate.");
    expect(out).toContain("Audit Committee -REQUESTED-> Ethics Bureau");
    expect(out).not.toContain("Works Department -REQUESTED-> Ethics Bureau");
  });
});

describe("visits to institutions", () => {
  it("reads a visit to a named hospital or headquarters", () => {
    expect(rels("Minister [Person:Lena Varga] visited the [Organization:Central Military Hospital] on Sunday.")).toEqual(["Lena Varga -VISITED-> Central Military Hospital"]);
  });
});

describe("money sources", () => {
  it("reads 'X, funded by A and B,' as funding of X", () => {
    const out = rels("The plan included the [Project:North Quay Terminal], funded by the [Organization:Gulf Lending Bank] and the [Organization:Coast Fund], but it stalled.");
    expect(out.sort()).toEqual(["Coast Fund -FUNDS-> North Quay Terminal", "Gulf Lending Bank -FUNDS-> North Quay Terminal"]);
  });
  it("reads 'financed through a loan from X'", () => {
    expect(rels("The [Project:Ring Metro] was financed mainly through a loan from the [Organization:Delta Bank].")).toEqual(["Delta Bank -FUNDS-> Ring Metro"]);
  });
  it("reads 'spend $N on X', 'extended a facility to X' and 'holds N percent of X'", () => {
    expect(rels("[Organization:Norsk Energi] will spend $2 billion on the [Project:Fjord Gas Project].")).toEqual(["Norsk Energi -FUNDS-> Fjord Gas Project"]);
    expect(rels("The [Organization:Trade Bank] said it had extended a $900 million facility to [Organization:Kano Mills].")).toEqual(["Trade Bank -FUNDS-> Kano Mills"]);
    expect(rels("[Organization:Orbis Energy] holds 40 percent of [Organization:Lakes Pipeline Co].")).toEqual(["Orbis Energy -FUNDS-> Lakes Pipeline Co"]);
  });
  it("does not make the source of money the founder ('set up with funding from X')", () => {
    const out = rels("The [Organization:Harbour Guard] was set up in 2004 with funding from [Place:Norway].");
    expect(out.filter((r) => r.includes("ESTABLISHED"))).toEqual([]);
  });
  it("does not read money words as funding without a named recipient", () => {
    expect(rels("[Organization:Orbis Energy] will spend two weeks on the review.")).toEqual([]);
  });
});

// Dates stage: event dates from the evidence sentence, relative to the article date, else the article date.
import { describe, expect, it } from "vitest";
import { attachDates, sentenceDate } from "../../../ingest/extract/dates.js";
import { buildDoc } from "../relations/build-doc.js";
import { extractRelations } from "../../../ingest/extract/relations/index.js";
import { defaultSchema } from "../../../ingest/schema.js";

describe("sentenceDate", () => {
  it("resolves a weekday against the article date", () => {
    expect(sentenceDate("The ministry on Sunday asked the regulator to act.", "2023-03-15")).toBe("2023-03-12");
  });
  it("reads absolute dates with and without a year", () => {
    expect(sentenceDate("On Friday, March 3, 2023, a blast hit the depot.", "2023-03-15")).toBe("2023-03-03");
    expect(sentenceDate("The summit was held on March 9th in Oslo.", "2023-03-15")).toBe("2023-03-09");
  });
  it("takes the first day of a range", () => {
    expect(sentenceDate("A delegation toured Norway from March 6 to 8.", "2023-03-15")).toBe("2023-03-06");
  });
  it("resolves yesterday and last week", () => {
    expect(sentenceDate("Police yesterday arrested two men.", "2023-03-15")).toBe("2023-03-14");
    expect(sentenceDate("Last week the two leaders met.", "2023-03-15")).toBe("2023-03-08");
  });
  it("ignores times of day and month-only dates", () => {
    expect(sentenceDate("The blast happened at roughly 4:15 PM.", "2023-03-15")).toBeUndefined();
    expect(sentenceDate("It happened in January of this year.", "2023-03-15")).toBeUndefined();
  });
  it("without an article date trusts only dates that name their year", () => {
    expect(sentenceDate("Police yesterday arrested two men.")).toBeUndefined();
    expect(sentenceDate("Troops raided the camp on 4 May 2021.")).toBe("2021-05-04");
  });
});

describe("datesStage", () => {
  const schema = defaultSchema();
  it("attaches the sentence's date to its relations, else the article date", () => {
    const doc = buildDoc("[Person:Ana Lima] met [Person:Rui Costa] on Tuesday. [Organization:Harbor Watch] audited [Organization:Delta Shipping].", "2023-03-15");
    const relations = attachDates({ ...doc, relations: extractRelations(doc, { schema }) });
    const met = relations.find((r) => r.relation === "MET_WITH")!;
    const audit = relations.find((r) => r.relation === "AUDITS")!;
    expect(met.date).toBe("2023-03-14");
    expect(met.evidence.date).toBe("2023-03-14");
    expect(audit.date).toBe("2023-03-15");
  });
  it("leaves the date unset when neither the sentence nor the article has one", () => {
    const doc = buildDoc("[Person:Ana Lima] met [Person:Rui Costa] in the port.");
    const relations = attachDates({ ...doc, relations: extractRelations(doc, { schema }) });
    expect(relations).toHaveLength(1);
    expect(relations[0]!.date).toBeUndefined();
  });
});

describe("weekdays", () => {
  it("reads a bare weekday as the last one on or before the article date", () => {
    expect(sentenceDate("The ministers met in Oslo on Sunday.", "2024-08-08")).toBe("2024-08-04");
    expect(sentenceDate("The ministers met in Oslo on Thursday.", "2024-08-08")).toBe("2024-08-08");
  });
});

describe("future weekdays", () => {
  it("reads a weekday in a sentence about the future as the next one", () => {
    expect(sentenceDate("The minister is expected to travel to Oslo on Wednesday.", "2024-03-18")).toBe("2024-03-20");
    expect(sentenceDate("The minister will visit Oslo on Monday.", "2024-03-20")).toBe("2024-03-25");
  });
});

// Metadata headers: inline " date ..." lines, front matter and "Date:" lines give the date; offsets stay.
import { describe, expect, it } from "vitest";
import { parseHeader, toIsoDate } from "../../../ingest/read/header.js";

describe("parseHeader", () => {
  it("reads a leading ' date YYYY-MM-DD' and starts the body on the same line", () => {
    const text = " date 2023-11-02 The port authority said on Friday ...";
    const h = parseHeader(text);
    expect(h.date).toBe("2023-11-02");
    expect(text.slice(h.bodyStart)).toBe("The port authority said on Friday ...");
  });

  it("reads YAML front matter (title, date, url)", () => {
    const text = "---\ntitle: Ports reopen\ndate: 2021-05-04\nurl: https://example.org/a\n---\n\nBody text.";
    const h = parseHeader(text);
    expect(h).toMatchObject({ title: "Ports reopen", date: "2021-05-04", url: "https://example.org/a" });
    expect(text.slice(h.bodyStart).trim()).toBe("Body text.");
  });

  it("reads 'Title:' and 'Date:' lines at the top", () => {
    const text = "Title: Talks resume\nDate: March 4, 2020\n\nNegotiators met again.";
    const h = parseHeader(text);
    expect(h).toMatchObject({ title: "Talks resume", date: "2020-03-04" });
    expect(text.slice(h.bodyStart).trim()).toBe("Negotiators met again.");
  });

  it("finds no header in plain prose, even when it mentions a date", () => {
    expect(parseHeader("Dated documents were found on 2020-01-01.").bodyStart).toBe(0);
    expect(parseHeader("Dateline: nothing here").date).toBeUndefined();
  });

  it("normalises dates to YYYY-MM-DD and rejects non-dates", () => {
    expect(toIsoDate("2024-07-15T08:00:00Z")).toBe("2024-07-15");
    expect(toIsoDate("15 July 2024")).toBe("2024-07-15");
    expect(toIsoDate("soon")).toBeUndefined();
  });
});

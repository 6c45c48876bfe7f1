// "SSP Malir X Y": a titled name whose first word the document uses as a place is the post's jurisdiction plus a person.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("jurisdictions inside titled names", () => {
  it("splits the first word off when the document names it as a place elsewhere", () => {
    const t = typesOf("SSP Tarvir Irfan Bahadur said the suspects fled. Police in Tarvir raided two houses.");
    expect(t).toMatchObject({ Tarvir: "Place", "Irfan Bahadur": "Person" });
    expect(t["Tarvir Irfan Bahadur"]).toBeUndefined();
  });

  it("keeps the name whole when the word is also part of another person's name", () => {
    const t = typesOf("A van was hit near Gul. Naik Mehboob Gul died. Inspector Gul Jan Bangash escaped unhurt.");
    expect(t["Gul Jan Bangash"]).toBe("Person");
  });
});

// Organisation, site and person shapes of South Asian, Middle Eastern and African English-language press.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("organisations named by their shape", () => {
  it("reads names opened by an organisation word as organisations", () => {
    const t = typesOf("Fighters of Kataib Zarqaan and Harakat al-Barzani joined the raid. Gunmen of Ansar al-Qarun wal-Sahil fled.");
    expect(t).toMatchObject({ "Kataib Zarqaan": "Organization", "Harakat al-Barzani": "Organization", "Ansar al-Qarun wal-Sahil": "Organization" });
  });

  it("keeps a personal name that only looks like an organisation word", () => {
    expect(typesOf("Ansar Velbani, a columnist, said the talks would fail.")["Ansar Velbani"]).toBe("Person");
  });

  it("reads 'the X Y group' and 'the X Y faction' as organisations", () => {
    const t = typesOf("A splinter of the Qarsa Dawla group attacked the post. The Bilad Nour faction said it took part.");
    expect(t).toMatchObject({ "Qarsa Dawla": "Organization", "Bilad Nour": "Organization" });
  });

  it("keeps a capitalised named body that the document names no longer form of", () => {
    const t = typesOf("The Taliban said the talks were over. The bill was sent to the Senate on Monday.");
    expect(t).toMatchObject({ Taliban: "Organization", Senate: "Organization" });
  });

  it("drops a sentence-initial abstract noun before a lower-case title", () => {
    const t = typesOf("Opposition leader Tarvan Qadeer Khan demanded a debate.");
    expect(t.Opposition).toBeUndefined();
    expect(t["Tarvan Qadeer Khan"]).toBe("Person");
  });
});

describe("named sites", () => {
  it("reads 'X Y air base' and 'X phosphate mine' as places", () => {
    const t = typesOf("The coalition keeps troops at Ain Varsad air base. Militants attacked the Qalbeh phosphate mine.");
    expect(t).toMatchObject({ "Ain Varsad": "Place", Qalbeh: "Place" });
  });

  it("does not read 'a shared X market' as a named place", () => {
    expect(typesOf("This cable is the backbone of a shared Velmic market, he said.").Velmic).not.toBe("Place");
  });
});

describe("people with honorifics and particles", () => {
  it("strips honorifics before two name words and reads Kalenjin 'arap' names", () => {
    const t = typesOf("Haji Qadir Bakhsh Lodhi was convicted. Dr Kipsang arap Terer said the tender was unfair. Mama Wanjala Achieng Okoth led the protest.");
    expect(t).toMatchObject({ "Qadir Bakhsh Lodhi": "Person", "Kipsang arap Terer": "Person", "Wanjala Achieng Okoth": "Person" });
  });

  it("reads a first name after a lower-case title as a person even with a common last word", () => {
    expect(typesOf("The commission's chairperson Asad Iqbal Butt said homes must be rebuilt.")["Asad Iqbal Butt"]).toBe("Person");
  });
});

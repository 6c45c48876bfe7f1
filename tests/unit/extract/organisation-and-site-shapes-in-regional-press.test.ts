// Organisation, site and person shapes of South Asian, Middle Eastern and African English-language press.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

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

describe("runs that hold a post, a person and a body", () => {
  it("reads a title word inside a short institution name as part of the name", () => {
    const t = typesOf("The wounded were taken to Tarvi General Hospital and later to the Imam Qasvin Hospital in the city.");
    expect(t).toMatchObject({ "Tarvi General Hospital": "Organization", "Imam Qasvin Hospital": "Organization" });
    expect(t["General Hospital"]).toBeUndefined();
  });

  it("splits 'Governor of X Firstname Y' into the post's place and the person", () => {
    const t = typesOf("Governor of Qarbala Mohammed Nouri al-Varsani said more troops were needed.");
    expect(t).toMatchObject({ "Mohammed Nouri al-Varsani": "Person" });
    expect(t["Governor of Qarbala Mohammed Nouri al-Varsani"]).toBeUndefined();
  });

  it("splits 'X Y of the Z Party' and 'the 7th Division of the W Army' into two mentions", () => {
    const t = typesOf("Opposition figure Omar Tarik Khan of the Velora Unity Party spoke. Troops of the 9th Division of the Qarvan Army moved in.");
    expect(t).toMatchObject({ "Omar Tarik Khan": "Person", "Velora Unity Party": "Organization", "9th Division": "Organization", "Qarvan Army": "Organization" });
  });

  it("keeps a run the acronym after it spells as one organisation", () => {
    const t = typesOf("The Velora High Commissioner for Displaced Persons (VHCDP) opened an office.");
    expect(t["Velora High Commissioner for Displaced Persons"]).toBe("Organization");
  });

  it("keeps a rank acronym before its jurisdiction out of the organisations", () => {
    const t = typesOf("The team was headed by DIG Investigation Tarvi Region, Dr Abid Qasim Warrach.");
    expect(t.DIG).toBeUndefined();
    expect(t["Abid Qasim Warrach"]).toBe("Person");
  });

  it("reads a known place after an organisation head as part of the organisation's name", () => {
    const { entities } = entitiesOf("He was airlifted to the Combined Garrison Hospital Peshawar on Friday.");
    expect(entities.find((e) => e.name === "Combined Garrison Hospital Peshawar")?.entityType).toBe("Organization");
  });
});

describe("places by their surroundings", () => {
  it("reads both ends of 'from X to Y' and 'the direction of X' as places", () => {
    const t = typesOf("A spur line would run from Tavelo to Kirrimani. Fighters attacked from the direction of Um Tasreen.");
    expect(t).toMatchObject({ Tavelo: "Place", Kirrimani: "Place", "Um Tasreen": "Place" });
  });

  it("reads 'al-X' after a locative preposition as a place, and alone as a group", () => {
    const t = typesOf("Suspects were held on the road to al-Qarnat. Two men in al-Hadrit were hurt. The attack was claimed by al-Nasrawi.");
    expect(t).toMatchObject({ "al-Qarnat": "Place", "al-Hadrit": "Place", "al-Nasrawi": "Organization" });
  });

  it("reads a UN agency named '... Programme' as an organisation and a corporate suffix acronym as a company's", () => {
    const t = typesOf("The World Food Programme sent trucks. Torvik Insaat A.S. of Ankara won the tender.");
    expect(t).toMatchObject({ "World Food Programme": "Organization", "Torvik Insaat A.S.": "Organization" });
  });
});

describe("routes, company words and settlement words", () => {
  it("reads 'X-Y railway' as a project and drops 'X-Y road' and demonym pairs", () => {
    const t = typesOf("Work on the Lagos-Ibadan railway resumed. Workers blocked the Tarvo-Lagos road. A Turkish-Chinese consortium won.");
    expect(t["Lagos-Ibadan railway"]).toBe("Project");
    expect(t["Tarvo-Lagos"]).toBeUndefined();
    expect(t["Turkish-Chinese"]).toBeUndefined();
  });

  it("reads a brand and an industry word as a company", () => {
    const t = typesOf("The trains will be built by Velmori Electric and Karsen Mobility, and Tavora Cement will supply the works.");
    expect(t).toMatchObject({ "Velmori Electric": "Organization", "Karsen Mobility": "Organization", "Tavora Cement": "Organization" });
  });

  it("reads 'Camp X', 'X Qala' and a particle name after 'in' as places", () => {
    const t = typesOf("Officers met at Camp Velasco. Traffic at Tarin Qala stopped. Families moved to a camp in Amiriyat al-Qarun.");
    expect(t).toMatchObject({ "Camp Velasco": "Place", "Tarin Qala": "Place", "Amiriyat al-Qarun": "Place" });
  });
});

describe("routes between unknown places", () => {
  it("drops 'the X-Y road' even when neither end is a known place", () => {
    expect(typesOf("Workers blocked the Tarvo-Zelan road for two hours.")["Tarvo-Zelan"]).toBeUndefined();
  });
});

describe("adjectives, portfolios and religious titles", () => {
  it("does not read an ethnic or religious adjective before 'forces' as a body, but keeps an unknown name", () => {
    const t = typesOf("Kurdish forces and Shiite fighters held the town. Qarvish forces arrested two men.");
    expect(t.Kurdish).toBeUndefined();
    expect(t.Shiite).toBeUndefined();
    expect(t.Qarvish).toBe("Organization");
  });

  it("does not read a portfolio word before a lower-case title as a body", () => {
    const t = typesOf("Defence counsel Sardar Tarik Velan Khosa said the convicts would appeal.");
    expect(t.Defence).toBeUndefined();
    expect(t["Tarik Velan Khosa"]).toBe("Person");
  });

  it("strips Ayatollah and keeps an 'Institute for X, Y and Z W' name whole", () => {
    const t = typesOf("Grand Ayatollah Ali al-Qasrani issued a ruling. Tarvo Banlar, chairman of the Velora Institute for Peace, Violence and Terrorism Research, spoke.");
    expect(t["Ali al-Qasrani"]).toBe("Person");
    expect(t["Velora Institute for Peace, Violence and Terrorism Research"]).toBe("Organization");
  });
});

describe("places by distance, suffix and neighbourhood shape", () => {
  it("reads 'X Y, about 20 km from Z' and 'X Khel' as places", () => {
    const t = typesOf("The attack took place at Qarvo Tanai, about 20 km from Bannu city. Elders in Mali Khel said the road was shut.");
    expect(t).toMatchObject({ "Qarvo Tanai": "Place", "Mali Khel": "Place" });
  });

  it("reads a linked compound after 'in' as a neighbourhood, and alone as a person", () => {
    const t = typesOf("Police raided a house in Gulzar-e-Tarvi on Friday. Imtiaz-ul-Qadir said he was at home.");
    expect(t).toMatchObject({ "Gulzar-e-Tarvi": "Place", "Imtiaz-ul-Qadir": "Person" });
  });
});

describe("coordinated names", () => {
  it("joins 'X and Y Z Authority (Xyza)' when the short name spells all of it", () => {
    const t = typesOf("Water and Power Velopment Authority (Wapva) chairman Sajjad Tarvi said the dam was ready.");
    expect(t["Water and Power Velopment Authority"]).toBe("Organization");
  });

  it("reads names after 'traders in' and 'residents in' as places even with a personal-name word", () => {
    const t = typesOf("Traders in Mir Tarvo and Razvak observed a strike on Wednesday.");
    expect(t).toMatchObject({ "Mir Tarvo": "Place", Razvak: "Place" });
  });
});

describe("sentence starts and places of worship", () => {
  it("drops a sentence-initial plural agent noun and reads 'X Mosque' as a place", () => {
    const t = typesOf("Eyewitnesses said the blast shattered windows. Prayers were offered at Tarvani Mosque.");
    expect(t.Eyewitnesses).toBeUndefined();
    expect(t["Tarvani Mosque"]).toBe("Place");
  });
});

describe("singular collective possessives inside names", () => {
  it("keeps 'X People's Liberation Front' whole and reads the People's Republic of China as China", () => {
    const t = typesOf("The Tarvo People's Liberation Front (TPLF) met. The People's Republic of China said so.");
    expect(t["Tarvo People's Liberation Front"]).toBe("Organization");
    expect(t.China).toBe("Place");
    expect(t.Taiwan).toBeUndefined();
  });
});

describe("through X", () => {
  it("reads an unknown name after 'through' as a place, but not a titled person", () => {
    const t = typesOf("Traffic through Islam Tarvo was stopped. The petition was filed through Advocate Tarik Velan.");
    expect(t["Islam Tarvo"]).toBe("Place");
    expect(t["Tarik Velan"]).toBe("Person");
  });
});

describe("hyphenated place names in lists", () => {
  it("keeps a hyphenated name followed by 'and' (a place, not a route)", () => {
    const { entities } = entitiesOf("The crossings at Kyzyl-Bel and Tarvo reopened, officials in Batken said. Kyzyl-Bel was busy.");
    expect(entities.find((e) => e.name === "Kyzyl-Bel")).toBeDefined();
  });
});

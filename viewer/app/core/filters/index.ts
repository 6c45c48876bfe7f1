// Which nodes and edges pass the filters: pure predicates over attributes plus the filter state.
import type { KgEdgeAttributes, KgNodeAttributes, DocumentInfo } from "../../../../graph/types.js";
import type { Filters } from "../../types.js";

/** Document id -> ISO date, for date filters. */
export type DocDates = ReadonlyMap<string, string | undefined>;

export function docDates(documents: DocumentInfo[] | undefined): DocDates {
  return new Map((documents ?? []).map((d) => [d.id, d.date]));
}

function inRange(date: string | undefined, f: Filters): boolean {
  if (!date) return false;
  const day = date.slice(0, 10);
  return (!f.dateFrom || day >= f.dateFrom) && (!f.dateTo || day <= f.dateTo);
}

const hasDateFilter = (f: Filters) => !!(f.dateFrom || f.dateTo);

/** A node passes when its type is shown and it is mentioned in the chosen document and date range. */
export function nodePasses(a: KgNodeAttributes, f: Filters, dates: DocDates): boolean {
  if (f.hiddenTypes.includes(a.entityType)) return false;
  const mentions = a.mentions ?? [];
  if (f.doc && !mentions.some((m) => m.doc === f.doc)) return false;
  if (hasDateFilter(f) && !mentions.some((m) => inRange(dates.get(m.doc), f))) return false;
  return true;
}

/** An edge passes when its relation is shown and its evidence fits the document and date range. */
export function edgePasses(a: KgEdgeAttributes, f: Filters, dates: DocDates): boolean {
  if (f.hiddenRelations.includes(a.relation)) return false;
  const evidence = a.evidence ?? [];
  if (f.doc && !evidence.some((e) => e.doc === f.doc)) return false;
  if (hasDateFilter(f)) {
    const when = [...(a.dates ?? []), ...evidence.map((e) => e.date ?? dates.get(e.doc))];
    if (!when.some((d) => inRange(d, f))) return false;
  }
  return true;
}

/** Counts per value, for legends and filter lists, sorted by count. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

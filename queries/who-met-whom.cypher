// name: who-met-whom
// description: Pairs of entities that met or held talks, with dates and the documents that say so; optionally within a date range.
// param: from: date? = "2024-01-01" -- earliest meeting date (YYYY-MM-DD); omit for no lower bound
// param: to: date? = "2024-12-31" -- latest meeting date (YYYY-MM-DD); omit for no upper bound
MATCH p = (a:Entity)-[r:MET_WITH]->(b:Entity)
WITH p, a, b, r, [d IN coalesce(r.dates, []) + coalesce(r.evidenceDates, []) WHERE d <> ''] AS dates
WHERE ($from IS NULL AND $to IS NULL)
   OR any(d IN dates WHERE ($from IS NULL OR d >= $from) AND ($to IS NULL OR d <= $to))
RETURN a.name AS person, b.name AS metWith, r.dates AS dates, r.evidenceDocs AS documents, r.docCount AS docCount, p AS path
ORDER BY person, metWith

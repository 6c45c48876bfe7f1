// name: relation-sources
// description: The sources behind the relations between two entities: documents, titles, dates, offsets and sentences.
// param: head: string = "Ana Ribeiro" -- name, alias or key of one end
// param: tail: string = "Tomás Almeida" -- name, alias or key of the other end
// param: relation: string? = "MET_WITH" -- only this relation type (UPPER_SNAKE); omit for all
MATCH (a:Entity)
WHERE a.key = $head OR toLower(a.name) = toLower($head) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($head))
MATCH (b:Entity)
WHERE b.key = $tail OR toLower(b.name) = toLower($tail) OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($tail))
MATCH (a)-[r]-(b)
WHERE type(r) <> 'MENTIONS' AND ($relation IS NULL OR type(r) = $relation)
UNWIND range(0, size(coalesce(r.evidenceDocs, [])) - 1) AS i
OPTIONAL MATCH (d:Document {id: r.evidenceDocs[i]})
RETURN startNode(r).name AS head, type(r) AS relation, endNode(r).name AS tail,
       r.evidenceDocs[i] AS document, d.title AS title, d.date AS date, d.url AS url,
       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end, r.evidenceTexts[i] AS sentence
ORDER BY relation, document, start

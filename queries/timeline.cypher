// name: timeline
// description: An entity's timeline: its dated relations and the documents that mention it, oldest first.
// param: entity: string = "Coastal Liberation Front" -- name, alias or key of the entity
MATCH (e:Entity)
WHERE e.key = $entity OR toLower(e.name) = toLower($entity) OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = toLower($entity))
CALL {
  WITH e
  MATCH (e)-[r]-(o:Entity)
  UNWIND [d IN coalesce(r.dates, []) WHERE d IS NOT NULL AND d <> ''] AS date
  RETURN date, type(r) + CASE WHEN startNode(r) = e THEN ' -> ' ELSE ' <- ' END + o.name AS event, r.evidenceDocs AS documents
  UNION
  WITH e
  MATCH (d:Document)-[:MENTIONS]->(e)
  WHERE d.date IS NOT NULL
  RETURN DISTINCT d.date AS date, 'mentioned in ' + coalesce(d.title, d.id) AS event, [d.id] AS documents
}
RETURN e.name AS entity, date, event, documents
ORDER BY date, event

// name: most-connected
// description: The most connected entities: number of relations (co-mentions not counted) and of documents mentioning them.
// param: limit: int = 10 -- how many entities
MATCH (e:Entity)
WITH e, COUNT { (e)-[r]-(:Entity) } AS degree
RETURN e.name AS entity, e.entityType AS type, degree, e.docCount AS documents, e AS node
ORDER BY degree DESC, documents DESC, entity
LIMIT $limit

// name: co-mentioned
// description: Entities mentioned in the same documents as an entity, by number of shared documents.
// param: entity: string = "Pemba-Nacala Railway Project" -- name, alias or key of the entity
// param: limit: int = 20 -- how many entities
MATCH (e:Entity)
WHERE e.key = $entity OR toLower(e.name) = toLower($entity) OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = toLower($entity))
MATCH (e)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(o:Entity)
WHERE o <> e
WITH e, o, collect(DISTINCT d.id) AS documents
RETURN e.name AS entity, o.name AS coMentioned, o.entityType AS type, size(documents) AS sharedDocuments, documents, o AS node
ORDER BY sharedDocuments DESC, coMentioned
LIMIT $limit

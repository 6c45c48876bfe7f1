// name: neighbourhood
// description: Entities within N hops (1-5) of an entity, with their distance and type.
// param: entity: string = "Ana Ribeiro" -- name, alias or key of the centre entity
// param: depth: int = 2 -- how many hops (1 to 5)
MATCH (e:Entity)
WHERE e.key = $entity OR toLower(e.name) = toLower($entity) OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = toLower($entity))
WITH e LIMIT 1
MATCH p = (e)-[rels*1..5]-(m:Entity)
WHERE length(p) <= $depth AND m <> e AND none(r IN rels WHERE type(r) = 'MENTIONS')
WITH e, m, min(length(p)) AS distance
RETURN e.name AS centre, m.name AS entity, m.entityType AS type, distance, m AS node
ORDER BY distance, entity

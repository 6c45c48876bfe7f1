// name: shortest-paths
// description: All shortest paths between two entities over relations (not co-mentions), as names and relation types.
// param: source: string = "Ana Ribeiro" -- name, alias or key of the first entity
// param: target: string = "Tomás Almeida" -- name, alias or key of the second entity
MATCH (a:Entity)
WHERE a.key = $source OR toLower(a.name) = toLower($source) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($source))
MATCH (b:Entity)
WHERE b.key = $target OR toLower(b.name) = toLower($target) OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($target))
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops, p AS path
ORDER BY hops
LIMIT 25

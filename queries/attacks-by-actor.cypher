// name: attacks-by-actor
// description: What an actor attacked (ATTACKED relations from the entity), with dates and evidence sentences.
// param: actor: string = "Coastal Liberation Front" -- the attacker's name, alias or key
MATCH (a:Entity)
WHERE a.key = $actor OR toLower(a.name) = toLower($actor) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($actor))
MATCH p = (a)-[r:ATTACKED]->(t:Entity)
RETURN a.name AS actor, t.name AS target, labels(t) AS targetLabels, r.dates AS dates, r.evidenceDocs AS documents, r.evidenceTexts AS evidence, p AS path
ORDER BY target

// name: attacks-on-target
// description: Who attacked a target (ATTACKED relations into the entity), with dates and evidence sentences.
// param: target: string = "Pemba-Nacala Railway Project" -- the target's name, alias or key
MATCH (t:Entity)
WHERE t.key = $target OR toLower(t.name) = toLower($target) OR any(x IN coalesce(t.aliases, []) WHERE toLower(x) = toLower($target))
MATCH p = (a:Entity)-[r:ATTACKED]->(t)
RETURN a.name AS actor, labels(a) AS actorLabels, t.name AS target, r.dates AS dates, r.evidenceDocs AS documents, r.evidenceTexts AS evidence, p AS path
ORDER BY actor

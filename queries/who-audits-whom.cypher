// name: who-audits-whom
// description: Auditors and what they audit or inspect (AUDITS relations), with the documents that say so.
MATCH p = (a:Entity)-[r:AUDITS]->(b:Entity)
RETURN a.name AS auditor, b.name AS audited, r.dates AS dates, r.evidenceDocs AS documents, r.docCount AS docCount, p AS path
ORDER BY auditor, audited

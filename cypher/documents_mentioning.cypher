// The documents that mention the entity named $name, with how often.
// @param name: the entity's canonical name, e.g. ZAKER
MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
WHERE e.name = $name
RETURN d.title AS title, d.path AS path, m.count AS mentions
ORDER BY d.path

// Everything an entity did to others: outgoing relations of the entity named $name.
// @param name: the entity's canonical name, e.g. Xiaomi
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.name = $name
RETURN a.name AS source, r.type AS relation, b.name AS target, r.confidence AS confidence
ORDER BY b.name

// The sentences supporting every relation from $head to $tail.
// @param head: canonical name of the acting entity, e.g. Xiaomi
// @param tail: canonical name of the entity acted on, e.g. ZAKER
MATCH (h:Entity)-[r]->(t:Entity)
WHERE h.name = $head AND t.name = $tail
RETURN r.type AS relation, r.evidence AS evidence, r.doc_ids AS documents

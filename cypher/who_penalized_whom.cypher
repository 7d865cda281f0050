// Who penalized whom: every PENALIZED edge with its amount, currency and supporting documents.
MATCH (h:Entity)-[r:PENALIZED]->(t:Entity)
RETURN h.name AS penalizer, t.name AS penalized, r.amount AS amount, r.currency AS currency, r.doc_ids AS documents
ORDER BY h.name, t.name

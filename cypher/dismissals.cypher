// Who dismissed whom (employers and the people or groups they fired).
MATCH (h:Entity)-[r:DISMISSED]->(t:Entity)
RETURN h.name AS employer, t.name AS dismissed, r.doc_ids AS documents
ORDER BY h.name, t.name

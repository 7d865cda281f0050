// How many relations of each type the graph holds.
MATCH (h:Entity)-[r]->(t:Entity)
RETURN r.type AS relation, COUNT(r) AS relations

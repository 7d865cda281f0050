// Members of alliances, associations and coalitions.
MATCH (m:Entity)-[r:MEMBER_OF]->(a:Organization)
RETURN a.name AS alliance, m.name AS member
ORDER BY a.name, m.name

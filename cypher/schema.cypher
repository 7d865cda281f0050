// Constraints and indexes the Neo4j store applies before its first write (not a named query).
// Unique ids make MERGE safe under concurrent loads and give the lookups an index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
// A changed document is found by the path it was loaded from.
CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path);
// Load order: the store reads the last one when it appends documents.
CREATE INDEX document_seq IF NOT EXISTS FOR (d:Document) ON (d.seq);

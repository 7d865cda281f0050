// Penalties of at least $min_amount (in the stated currency), largest first (equal amounts by name).
// @param min_amount: smallest amount to list, e.g. 1000000
MATCH (h:Entity)-[r:PENALIZED]->(t:Entity)
WHERE r.amount >= $min_amount
RETURN h.name AS penalizer, t.name AS penalized, r.amount AS amount, r.currency AS currency
ORDER BY r.amount DESC, penalizer, penalized

/** Measuring ranking: judged queries in, recall, MRR and nDCG out, against an Elasticsearch-like reference. */
package fr.trouvaille.eval;

/**
 * The SolrCloud backend: the configset derived from our analysis chains, the search engine over a
 * collection, and the indexer that keeps a collection in line with a corpus folder. Talks to Solr
 * over HTTP only (SolrJ's Jetty-free client); knows nothing of the web layer.
 */
package fr.trouvaille.solr;

/**
 * The {@code bench} command: indexes corpora with the reindex and with a bare Lucene reference,
 * drives the real server over loopback, and writes the figures as JSON and Markdown; with
 * {@code --solr}, the embedded index and a SolrCloud collection side by side.
 */
package fr.trouvaille.bench;

/** Measuring a search engine: latency of single searches and throughput under concurrent load. */
package fr.trouvaille.bench;

/** Search quality on the shipped corpus, measured against Elasticsearch's French analysis. */
package fr.trouvaille.quality;

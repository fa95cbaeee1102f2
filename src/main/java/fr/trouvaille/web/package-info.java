/** The HTTP layer: JSON API and web page over the search layer; knows nothing of Lucene. */
package fr.trouvaille.web;

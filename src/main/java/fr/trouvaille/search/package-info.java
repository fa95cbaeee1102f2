/** Searching the index: lenient query parsing, ranking, date facets and highlighted snippets. */
package fr.trouvaille.search;

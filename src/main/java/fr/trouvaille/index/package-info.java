/** Writing the Lucene index: field layout, document mapping and the incremental reindex. */
package fr.trouvaille.index;

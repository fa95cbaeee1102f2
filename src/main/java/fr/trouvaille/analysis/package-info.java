/** The French analysis chain, defined once and shared by indexing and querying. */
package fr.trouvaille.analysis;

/** The command line: {@code serve} and {@code reindex}. */
package fr.trouvaille.cli;

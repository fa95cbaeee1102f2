/** The command line: {@code serve}, {@code reindex} and {@code search}, and the backends they compose. */
package fr.trouvaille.cli;

/** Reading the corpus folder: which files are documents, and how one file becomes a source document. */
package fr.trouvaille.corpus;

package fr.trouvaille.bench;

/**
 * Proof that a match deep inside a long document is highlighted.
 *
 * @param word the word searched
 * @param id the document found first
 * @param offset where the word first appears in that document's text, in characters
 * @param marked whether the snippet marks the word
 * @param snippet the snippet returned
 */
public record DeepHighlight(String word, String id, long offset, boolean marked, String snippet) {}

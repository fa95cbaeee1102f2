package fr.trouvaille.solr;

import fr.trouvaille.analysis.Words;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.QueryText;
import fr.trouvaille.search.SearchRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * "Did you mean" on Solr, asked within the search itself: a count per query word of the documents it
 * finds in any form (stems, folding, synonyms: Solr's query analysis), over all documents, and
 * Solr's spellcheck (Lucene's DirectSpellChecker, configured with its defaults) over the surface
 * words. A word of 4 letters or more that finds nothing is replaced by the closest word of the
 * corpus, as on the embedded index.
 */
final class SolrSpelling {

  /** Spelling alternatives asked per word. */
  static final int ALTERNATIVES = 5;

  private final Analyzer words = QueryText.wordsAnalyzer();
  private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();

  /** The words of {@code query} a correction may replace: 4 letters or more, not a prefix. */
  List<Words.Word> candidates(String query) {
    String text = QueryText.normalized(query);
    List<Words.Word> candidates = new ArrayList<>();
    for (Words.Word word : QueryText.surfaceWords(query, words)) {
      boolean prefix = word.end() < text.length() && text.charAt(word.end()) == '*';
      if (word.text().length() >= SearchRules.MIN_CORRECTED_LENGTH && !prefix) {
        candidates.add(word);
      }
    }
    return candidates;
  }

  /**
   * Asks, in {@code query}, how many documents each candidate finds in any form, and Solr's spelling
   * suggestions; returns the JSON facets to add to the request.
   */
  String ask(SolrQuery query, List<Words.Word> candidates) {
    if (candidates.isEmpty()) {
      return "";
    }
    StringBuilder facets = new StringBuilder();
    List<String> spelled = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      // Known when the query analysis finds any form of it in the text of any document.
      facets.append(i == 0 ? "" : ",").append("w").append(i)
          .append(":{type:query,q:\"{!simple q.op=OR qf=").append(IndexFields.TEXT).append(" v=$w").append(i)
          .append("}\",domain:{excludeTags:\"").append(SolrQueries.QUERY_TAG).append(',').append(SolrQueries.DATE_TAG)
          .append("\"}}");
      query.set("w" + i, candidates.get(i).text());
      spelled.add(candidates.get(i).text());
    }
    query.set("spellcheck", true);
    query.set("spellcheck.q", String.join(" ", spelled));
    // Each shard knows only its own words: ask for a few, and rank them here over the whole collection.
    query.set("spellcheck.count", ALTERNATIVES);
    query.set("spellcheck.extendedResults", true);
    return facets.toString();
  }

  /**
   * The corrected query from the answer to {@link #ask}, or null when every word is known or none has a
   * close match; each correction as {@code written} says the documents most often write it.
   */
  String answer(String query, List<Words.Word> candidates, QueryResponse response, UnaryOperator<String> written) {
    String text = QueryText.normalized(query);
    SpellCheckResponse spelling = response.getSpellCheckResponse();
    NestableJsonFacet facets = response.getJsonFacetingResponse();
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < candidates.size(); i++) {
      Words.Word word = candidates.get(i);
      NestableJsonFacet found = facets == null ? null : facets.getQueryFacet("w" + i);
      SpellCheckResponse.Suggestion close = spelling == null ? null : spelling.getSuggestion(word.text());
      String best = close == null ? null : closest(word.text(), close);
      if ((found == null || found.getCount() == 0) && best != null) {
        corrected.append(text, copied, word.start()).append(written.apply(best));
        copied = word.end();
      }
    }
    return copied == 0 ? null : corrected.append(text.substring(copied)).toString();
  }

  /**
   * The alternative Lucene's DirectSpellChecker would rank first: the highest similarity (one minus
   * the edits over the shorter word's length, as its fuzzy terms are scored), then the most documents,
   * then the first in alphabetical order.
   */
  private String closest(String word, SpellCheckResponse.Suggestion suggestion) {
    List<String> words = suggestion.getAlternatives();
    List<Integer> frequencies = suggestion.getAlternativeFrequencies();
    String best = null;
    float bestScore = -1;
    int bestFrequency = -1;
    for (int i = 0; i < words.size(); i++) {
      String candidate = words.get(i);
      int frequency = frequencies == null ? 0 : frequencies.get(i);
      float score = similarity(word, candidate);
      if (score > bestScore || (score == bestScore && (frequency > bestFrequency
          || (frequency == bestFrequency && candidate.compareTo(best) < 0)))) {
        best = candidate;
        bestScore = score;
        bestFrequency = frequency;
      }
    }
    return best;
  }

  private float similarity(String word, String candidate) {
    int longest = Math.max(word.codePointCount(0, word.length()), candidate.codePointCount(0, candidate.length()));
    int shortest = Math.min(word.codePointCount(0, word.length()), candidate.codePointCount(0, candidate.length()));
    int edits = Math.round((1 - distance.getDistance(word, candidate)) * longest);
    return 1f - (float) edits / shortest;
  }
}

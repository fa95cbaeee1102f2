package fr.trouvaille.solr;

import fr.trouvaille.analysis.Words;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.QueryText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;

/**
 * "Did you mean" on Solr, in one request: a count per query word of the documents it finds in any
 * form (stems, folding, synonyms: Solr's query analysis), and Solr's spellcheck (Lucene's
 * DirectSpellChecker, configured with its defaults) over the surface words. A word of 4 letters or
 * more that finds nothing is replaced by the closest word of the corpus, as on the embedded index.
 */
final class SolrSpelling {

  private final SolrNodes nodes;
  private final String collection;
  private final Analyzer words = QueryText.wordsAnalyzer();

  SolrSpelling(SolrNodes nodes, String collection) {
    this.nodes = nodes;
    this.collection = collection;
  }

  /** The corrected query, or null when every word is known or none has a close match. */
  String didYouMean(String query) throws IOException {
    String text = QueryText.normalized(query);
    List<Words.Word> candidates = new ArrayList<>();
    for (Words.Word word : QueryText.surfaceWords(query, words)) {
      boolean prefix = word.end() < text.length() && text.charAt(word.end()) == '*';
      if (word.text().length() >= QueryText.MIN_CORRECTED_LENGTH && !prefix) {
        candidates.add(word);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    QueryResponse response = nodes.send(new QueryRequest(request(candidates)), collection);
    Map<String, Integer> found = response.getFacetQuery();
    SpellCheckResponse spelling = response.getSpellCheckResponse();
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < candidates.size(); i++) {
      Words.Word word = candidates.get(i);
      SpellCheckResponse.Suggestion close = spelling == null ? null : spelling.getSuggestion(word.text());
      if (found.getOrDefault("w" + i, 0) == 0 && close != null && !close.getAlternatives().isEmpty()) {
        corrected.append(text, copied, word.start()).append(close.getAlternatives().get(0));
        copied = word.end();
      }
    }
    return copied == 0 ? null : corrected.append(text.substring(copied)).toString();
  }

  private static SolrQuery request(List<Words.Word> candidates) {
    SolrQuery query = new SolrQuery("*:*").setRows(0);
    query.setFacet(true);
    List<String> spelled = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      // Known when the query analysis finds any form of it in the text.
      query.addFacetQuery("{!simple key=w" + i + " q.op=OR qf=" + IndexFields.TEXT + " v=$w" + i + "}");
      query.set("w" + i, candidates.get(i).text());
      spelled.add(candidates.get(i).text());
    }
    query.set("spellcheck", true);
    query.set("spellcheck.q", String.join(" ", spelled));
    query.set("spellcheck.count", 1);
    return query;
  }
}

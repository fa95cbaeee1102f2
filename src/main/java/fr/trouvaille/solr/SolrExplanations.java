package fr.trouvaille.solr;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.MatchRules;
import fr.trouvaille.search.QueryReading;
import fr.trouvaille.search.WordMatch;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Why each hit matched, on SolrCloud: the spans Solr's highlighter marks in a hit's whole text and
 * title (one request for the page), each given to the words of the query a rule joins it to
 * ({@link MatchRules}, the embedded backend's rules).
 */
final class SolrExplanations {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
  // Field order as the embedded backend reads them: text, then title.
  private static final List<String> FIELDS = List.of(IndexFields.TEXT, IndexFields.TITLE);

  private final MatchRules rules = new MatchRules();

  /**
   * The matches of each document of {@code marked} (the answer to {@link SolrQueries#explained}) for
   * the words of {@code reading}; {@code spelling}: the search looked for close spellings.
   */
  Map<String, List<WordMatch>> matches(QueryResponse marked, QueryReading reading, String query, boolean spelling,
      QueryAnalysis.Current analysis) {
    List<QueryReading.Part> parts = MatchRules.explainedParts(reading, query);
    Map<String, List<WordMatch>> matches = new HashMap<>();
    Map<String, Map<String, List<String>>> highlighting = marked.getHighlighting();
    MatchRules.Page page = rules.page(spelling, analysis.synonyms());
    for (var doc : marked.getResults()) {
      String id = String.valueOf(doc.getFirstValue(IndexFields.ID));
      Map<String, Integer> forms = forms(highlighting == null ? null : highlighting.get(id));
      matches.put(id, parts.stream()
          .map(part -> MatchRules.matchOf(part, page.forms(part, forms, false)))
          .toList());
    }
    return matches;
  }

  // The marked spans, unescaped, and how often each, in text order.
  private static Map<String, Integer> forms(Map<String, List<String>> fields) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    for (String field : FIELDS) {
      List<String> values = fields == null ? null : fields.get(field);
      for (String value : values == null ? List.<String>of() : values) {
        Matcher mark = MARK.matcher(value);
        for (int read = 0; read < MatchRules.MAX_MATCHES_READ && mark.find(); read++) {
          forms.merge(MatchRules.shown(unescaped(mark.group(1))), 1, Integer::sum);
        }
      }
    }
    return forms;
  }

  // What Solr's html encoder (Lucene's SimpleHTMLEncoder) escapes.
  private static String unescaped(String html) {
    return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }
}

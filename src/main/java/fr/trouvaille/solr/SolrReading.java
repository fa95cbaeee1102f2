package fr.trouvaille.solr;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.search.QueryReading;
import fr.trouvaille.search.QueryText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * Reads a query as the embedded backend does ({@link QueryText#read}): which words some document
 * holds in any form is asked of the collection in one request, a count per word over the searched
 * fields with Solr's query analysis.
 */
final class SolrReading {

  private SolrReading() {}

  /**
   * The reading of {@code prepared}; {@code send} runs the one request that counts its words;
   * {@code prefixForms} gives the corpus's words that begin with a prefix (its completions).
   */
  static QueryReading read(String prepared, QueryAnalysis.Current analysis, Function<SolrQuery, QueryResponse> send,
      Function<String, List<String>> prefixForms) {
    List<String> words = QueryText.readWords(prepared);
    Set<String> known = new HashSet<>();
    if (!words.isEmpty()) {
      SolrQuery counts = new SolrQuery("*:*").setRows(0);
      StringBuilder facets = new StringBuilder("{");
      for (int i = 0; i < words.size(); i++) {
        facets.append(i == 0 ? "" : ",").append('w').append(i)
            .append(":{type:query,q:\"{!simple q.op=AND qf='").append(SolrQueries.FIELDS).append("' v=$w").append(i).append("}\"}");
        counts.set("w" + i, words.get(i));
      }
      counts.set("json.facet", facets.append('}').toString());
      NestableJsonFacet found = send.apply(counts).getJsonFacetingResponse();
      for (int i = 0; i < words.size(); i++) {
        NestableJsonFacet count = found == null ? null : found.getQueryFacet("w" + i);
        if (count != null && count.getCount() > 0) {
          known.add(words.get(i));
        }
      }
    }
    return QueryText.read(prepared, analysis.analyzer(), known::contains, prefixForms);
  }
}

package fr.trouvaille.solr;

import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.SnippetText;
import fr.trouvaille.search.FacetValue;
import fr.trouvaille.search.Hit;
import fr.trouvaille.search.RelatedDocument;
import fr.trouvaille.search.WordMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.common.SolrDocument;

/** Solr's answers as our records. */
final class SolrResults {


  private SolrResults() {}

  /** The hits of a page, with their snippets (passages joined by an ellipsis, read as one line) and {@code matches} by id. */
  static List<Hit> hits(QueryResponse response, Map<String, List<WordMatch>> matches) {
    List<Hit> hits = new ArrayList<>(response.getResults().size());
    for (SolrDocument doc : response.getResults()) {
      String id = string(doc, IndexFields.ID);
      List<String> passages = passages(response, id);
      String snippet = SnippetText.of(passages);
      Object score = doc.getFirstValue("score");
      hits.add(new Hit(id, string(doc, IndexFields.TITLE), string(doc, IndexFields.DATE),
          score instanceof Number n ? n.floatValue() : 0f, snippet, matches.getOrDefault(id, List.of())));
    }
    return hits;
  }

  /** The months of all hits, in calendar order. */
  static List<FacetValue> dates(QueryResponse response) {
    return buckets(response, "date");
  }

  /** The folders of all hits, the most hits first; none when the collection has fewer than two folders. */
  static List<FacetValue> folders(QueryResponse response) {
    return buckets(response, "foldersInCollection").size() < 2 ? List.of() : buckets(response, "folder");
  }

  private static List<FacetValue> buckets(QueryResponse response, String facet) {
    BucketBasedJsonFacet buckets = response.getJsonFacetingResponse() == null
        ? null
        : response.getJsonFacetingResponse().getBucketBasedFacets(facet);
    return buckets == null ? List.of() : buckets.getBuckets().stream()
        .map(bucket -> new FacetValue(String.valueOf(bucket.getVal()), bucket.getCount()))
        .toList();
  }

  /** True when Solr ran out of time and answered with part of the hits. */
  static boolean partial(QueryResponse response) {
    Object partial = response.getHeader() == null ? null : response.getHeader().get("partialResults");
    return Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial));
  }

  /** The whole highlighted text of one document, or null. */
  static String highlighted(QueryResponse response, String id) {
    List<String> passages = passages(response, id);
    return passages.isEmpty() ? null : passages.get(0);
  }

  /** Related documents, without the document itself. */
  static List<RelatedDocument> related(QueryResponse response, String id, int max) {
    List<RelatedDocument> related = new ArrayList<>(max);
    for (SolrDocument doc : response.getResults()) {
      String other = string(doc, IndexFields.ID);
      if (!other.equals(id) && related.size() < max) {
        Object score = doc.getFirstValue("score");
        related.add(new RelatedDocument(other, string(doc, IndexFields.TITLE), string(doc, IndexFields.DATE),
            score instanceof Number n ? n.floatValue() : 0f));
      }
    }
    return related;
  }

  static String string(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  private static List<String> passages(QueryResponse response, String id) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    Map<String, List<String>> fields = highlighting == null ? null : highlighting.get(id);
    List<String> passages = fields == null ? null : fields.get(IndexFields.TEXT);
    return passages == null ? List.of() : passages;
  }
}

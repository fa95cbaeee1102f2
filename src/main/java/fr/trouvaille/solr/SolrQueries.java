package fr.trouvaille.solr;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.QueryReading;
import fr.trouvaille.search.QueryText;
import fr.trouvaille.search.SearchRules;
import fr.trouvaille.search.SearchRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The Solr requests that give the embedded backend's semantics: Solr's {@code simple} query parser
 * is Lucene's {@code SimpleQueryParser}, the one we use, over the same fields and weights; equal
 * scores are ordered by id; the date facet ignores the date filter and the folder facet the folder
 * filter (tagged filters each facet excludes); snippets come from Solr's unified highlighter with our passage length and marks.
 */
final class SolrQueries {

  /** The searched fields and weights of {@link SearchRules#FIELDS}, as Solr's {@code qf}. */
  static final String FIELDS = qf(SearchRules.FIELDS);
  /**
   * Where a quoted phrase must also stand, stopwords kept, and where stopwords alone are searched: a
   * field of its own (the embedded index reads them in its text field with a second query analysis;
   * a Solr field has one).
   */
  static final String PHRASE_FIELD = IndexFields.PHRASE;
  static final String DATE_TAG = "month";
  static final String FOLDER_TAG = "folder";
  /** The main query's tag: a facet that excludes it and the date filter counts over all documents. */
  static final String QUERY_TAG = "top";
  static final String DATE_FACET =
      "date:{type:terms,field:" + IndexFields.DATE + ",limit:-1,mincount:1,sort:\"index asc\",domain:{excludeTags:" + DATE_TAG + "}}";
  /** The folders of all hits, the most hits first then by name, as the embedded backend orders them. */
  static final String FOLDER_FACET = "folder:{type:terms,field:" + IndexFields.FOLDER
      + ",limit:-1,mincount:1,sort:{count:desc,index:asc},domain:{excludeTags:" + FOLDER_TAG + "}}";
  /**
   * Two folders of the whole collection, whatever the query: as in the embedded backend, folders are
   * counted only when the collection has two or more.
   */
  static final String FOLDERS_IN_COLLECTION =
      "foldersInCollection:{type:terms,field:" + IndexFields.FOLDER + ",limit:2,domain:{query:\"*:*\"}}";
  private SolrQueries() {}

  static String qf(Map<String, Float> fields) {
    return fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(f -> f.getKey() + "^" + f.getValue()).collect(Collectors.joining(" "));
  }

  /**
   * The query of a reading, as the embedded backend builds it ({@code QueryFactory.read}): each
   * searched part required ({@code every}) or optional, each excluded part refused, and the
   * proximity pairs rescoring the best hits. Every text is a parameter of its own: Solr reads no local parameters in it.
   */
  static SolrQuery read(QueryReading reading, boolean every, QueryAnalysis.Current analysis) {
    SolrQuery query = new SolrQuery();
    if (reading.searched().isEmpty() && reading.excluded().isEmpty()) {
      String stopwords = reading.stopwordsOnly();
      if (stopwords == null) {
        return query.setQuery("{!lucene tag=" + QUERY_TAG + "}-*:*"); // no word to look for: nothing
      }
      clause(query, 0, stopwords, PHRASE_FIELD);
      return query.setQuery("{!bool tag=" + QUERY_TAG + " must=$q0}");
    }
    StringBuilder bool = new StringBuilder("{!bool tag=" + QUERY_TAG);
    int n = 0;
    for (QueryReading.Part part : reading.searched()) {
      bool.append(every ? " must=$q" : " should=$q").append(n);
      if (QueryText.literalPhrase(part.text(), analysis)) {
        // A quoted phrase is ranked and marked in the text, and must also stand with its stopwords.
        clause(query, n, "t", part.text(), FIELDS);
        clause(query, n, "p", part.text(), PHRASE_FIELD);
        query.set("q" + n, "{!bool must=$q" + n + "t filter=$q" + n + "p}");
      } else {
        clause(query, n, part.text(), FIELDS);
      }
      n++;
    }
    for (QueryReading.Part part : reading.excluded()) {
      bool.append(" must_not=$q").append(n);
      clause(query, n++, part.text(), QueryText.literalPhrase(part.text(), analysis) ? PHRASE_FIELD : FIELDS);
    }
    if (reading.searched().isEmpty()) {
      bool.append(" must=$all");
      query.set("all", "*:*");
    }
    // Proximity rescores the best hits by their words (Solr's rerank, the embedded HitOrder): the
    // pairs' scores are added to those of the first SearchRules.NEAR_WINDOW hits.
    List<String> pairs = reading.nearPairs();
    if (!pairs.isEmpty()) {
      StringBuilder near = new StringBuilder("{!bool");
      for (String pair : pairs) {
        near.append(" should=$q").append(n);
        clause(query, n++, pair, IndexFields.TEXT);
      }
      query.set("near", near.append('}').toString());
      query.set("rq", "{!rerank reRankQuery=$near reRankDocs=" + SearchRules.NEAR_WINDOW + " reRankWeight=1}");
    }
    return query.setQuery(bool.append('}').toString());
  }

  // Parameter qN: the simple parser over qf, every word required, reading the text tN.
  private static void clause(SolrQuery query, int n, String text, String qf) {
    clause(query, n, "", text, qf);
  }

  // Parameter qN{suffix} reading tN{suffix}; a phrase's two clauses are qNt and qNp under qN.
  private static void clause(SolrQuery query, int n, String suffix, String text, String qf) {
    String name = n + suffix;
    query.set("q" + name, "{!simple q.op=AND qf='" + qf + "' v=$t" + name + "}");
    query.set("t" + name, text);
  }

  /**
   * The user's prepared text with every word required ({@code every}) or any of them. The text is a
   * parameter of its own ({@code v=$text}): whatever it holds, Solr reads no local parameters in it.
   */
  static SolrQuery parsed(String prepared, boolean every) {
    SolrQuery query = new SolrQuery("{!simple tag=" + QUERY_TAG + " v=$text}");
    query.set("text", prepared);
    query.set("q.op", every ? "AND" : "OR");
    query.set("qf", FIELDS);
    return query;
  }

  /**
   * Any of the terms, each within the edits {@link SearchRules#fuzzyEdits} allows; the documents among
   * them holding the words of {@code correction} (did-you-mean, or null) weigh
   * {@link SearchRules#CORRECTION_WEIGHT} more, as the embedded backend ranks close spellings; null
   * when there is no term.
   */
  static SolrQuery fuzzy(List<String> terms, String correction) {
    StringBuilder q = new StringBuilder();
    for (String term : terms) {
      String escaped = ClientUtils.escapeQueryChars(term) + "~" + SearchRules.fuzzyEdits(term);
      SearchRules.FIELDS.forEach((field, weight) -> q.append(field).append(':').append(escaped).append('^').append(weight).append(' '));
    }
    if (q.length() == 0) {
      return null;
    }
    SolrQuery query = new SolrQuery(correction == null
        ? "{!lucene q.op=OR v=$text}"
        : "{!bool must=$close should=$corrected}");
    query.set("text", q.toString().strip());
    if (correction != null) {
      Map<String, Float> weighted = new java.util.HashMap<>();
      SearchRules.FIELDS.forEach((field, weight) -> weighted.put(field, weight * SearchRules.CORRECTION_WEIGHT));
      query.set("close", "{!lucene q.op=OR v=$text}");
      query.set("corrected", "{!simple q.op=OR qf='" + qf(weighted) + "' v=$correction}");
      query.set("correction", correction);
    }
    return query;
  }

  /**
   * Adds the page, order, date filter, facets and snippets of {@code request} to {@code query}.
   *
   * @param moreFacets more JSON facets, {@code name:{...}} separated by commas, or ""
   */
  static SolrQuery forPage(SolrQuery query, SearchRequest request, String moreFacets) {
    query.setStart((request.page() - 1) * request.size()).setRows(request.size());
    query.setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.DATE, "score");
    query.addSort("score", SolrQuery.ORDER.desc).addSort(IndexFields.ID, SolrQuery.ORDER.asc);
    if (request.from() != null || request.to() != null) {
      String lower = request.from() == null ? "*" : String.valueOf(IndexFields.monthNumber(request.from()));
      String upper = request.to() == null ? "*" : String.valueOf(IndexFields.monthNumber(request.to()));
      query.addFilterQuery("{!tag=" + DATE_TAG + "}" + IndexFields.MONTH + ":[" + lower + " TO " + upper + "]");
    }
    if (request.folder() != null) {
      query.addFilterQuery("{!term tag=" + FOLDER_TAG + " f=" + IndexFields.FOLDER + " v=$folder}");
      query.set("folder", request.folder());
    }
    // The embedded backend's time budget: past it, Solr answers with what it found (partialResults).
    query.setTimeAllowed((int) QueryText.timeBudget().toMillis());
    query.set("json.facet", "{" + DATE_FACET + "," + FOLDER_FACET + "," + FOLDERS_IN_COLLECTION + (moreFacets.isEmpty() ? "" : "," + moreFacets) + "}");
    highlight(query);
    query.set("hl.snippets", SearchRules.PASSAGES);
    query.set("hl.fragsize", SearchRules.PASSAGE_LENGTH);
    // Passages of about 160 characters, cut at sentence ends, the match a third in: as LengthGoalBreakIterator.
    query.set("hl.fragsizeIsMinimum", false);
    query.set("hl.fragAlignRatio", String.valueOf(SearchRules.MATCH_ALIGNMENT));
    query.set("hl.bs.type", "SENTENCE");
    query.set("hl.bs.language", "fr");
    return query;
  }

  /** The whole text of a document with the matches of {@code prepared} (any word) marked. */
  static SolrQuery wholeDocument(String id, String prepared) {
    SolrQuery query = new SolrQuery("{!term f=" + IndexFields.ID + " v=$id}");
    query.set("id", id);
    query.setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.DATE, IndexFields.TEXT);
    query.setRows(1);
    if (prepared != null) {
      highlight(query);
      query.set("hl.q", "{!simple q.op=OR qf=$hlqf v=$hltext}");
      query.set("hlqf", FIELDS);
      query.set("hltext", prepared);
      query.set("hl.bs.type", "WHOLE");
      query.set("hl.fragsize", 0);
    }
    return query;
  }

  /**
   * The request that marks, in the whole text and the title of each of {@code ids}, what the search
   * {@code searched} marked: where each hit's forms are read ({@link SolrExplanations}). Its words
   * marked in any field, as the embedded backend reads them in the text and the title.
   */
  static SolrQuery explained(SolrQuery searched, List<String> ids) {
    SolrQuery explain = searched.getCopy();
    String marked = searched.get("hl.q") != null ? searched.get("hl.q") : searched.getQuery();
    explain.remove("fq");
    explain.remove("json.facet");
    explain.remove("rq");
    explain.clearSorts();
    // Ids are file paths: each escaped whole, whatever it holds; joined by OR, as Solr does not split
    // a string field's query text on spaces; not in "ids", the name of Solr's own distributed phase
    // that fetches documents by id. The spelling check of the search is not asked again.
    explain.setQuery("{!lucene df=" + IndexFields.ID + " v=$hits}");
    explain.set("hits", ids.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")));
    explain.remove("spellcheck");
    explain.setStart(0).setRows(ids.size()).setFields(IndexFields.ID);
    highlight(explain);
    explain.set("hl.q", marked);
    explain.set("hl.fl", IndexFields.TEXT + "," + IndexFields.TITLE);
    explain.set("hl.requireFieldMatch", false);
    explain.set("hl.defaultSummary", false);
    explain.set("hl.bs.type", "WHOLE");
    explain.set("hl.fragsize", 0);
    explain.set("hl.snippets", 1);
    return explain;
  }

  private static void highlight(SolrQuery query) {
    query.setHighlight(true);
    query.set("hl.method", "unified");
    query.set("hl.fl", IndexFields.TEXT);
    query.set("hl.tag.pre", "<mark>");
    query.set("hl.tag.post", "</mark>");
    // The text is data: escaped before the marks are added.
    query.set("hl.encoder", "html");
    query.set("hl.requireFieldMatch", true);
    // A document without a match in its text shows its opening lines.
    query.set("hl.defaultSummary", true);
    // The default stops at 51,200 characters; a long report's matches can be far in.
    query.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
  }
}

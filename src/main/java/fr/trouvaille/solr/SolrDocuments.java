package fr.trouvaille.solr;

import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.corpus.SourceDocument;
import fr.trouvaille.index.FileStamp;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/** Our documents as Solr documents, and the file stamps a collection holds. */
final class SolrDocuments {

  /** Stamps read per request while walking a collection. */
  static final int STAMP_PAGE = 5000;

  private SolrDocuments() {}

  /** The Solr document for {@code source}, read from a file with {@code stamp}: the embedded index's fields. */
  static SolrInputDocument of(SourceDocument source, FileStamp stamp) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(IndexFields.ID, source.id());
    doc.addField(IndexFields.TITLE, source.title());
    doc.addField(IndexFields.TEXT, source.text());
    if (source.titleGiven()) {
      doc.addField(IndexFields.HEADING, source.title());
    }
    doc.addField(IndexFields.FORMS, source.titleGiven() ? WordForms.keys(source.title(), source.text())
        : WordForms.keys(source.text()));
    if (source.date() != null) {
      doc.addField(IndexFields.DATE, source.date().toString());
      doc.addField(IndexFields.MONTH, IndexFields.monthNumber(source.date()));
    }
    String folder = IndexFields.folderOf(source.id());
    if (folder != null) {
      doc.addField(IndexFields.FOLDER, folder);
    }
    doc.addField(IndexFields.SIZE, stamp.size());
    doc.addField(IndexFields.MTIME, stamp.modifiedMillis());
    doc.addField(IndexFields.HASH, stamp.hash());
    return doc;
  }

  /** An atomic update of the file time only: the file was touched, its content is the same. */
  static SolrInputDocument touched(String id, long modifiedMillis) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(IndexFields.ID, id);
    doc.addField(IndexFields.MTIME, Map.of("set", modifiedMillis));
    return doc;
  }

  /** The stamp of every document of {@code collection}, walked in id order with a cursor. */
  static Map<String, FileStamp> stamps(SolrNodes nodes, String collection) throws IOException {
    SolrQuery query = new SolrQuery("*:*")
        .setFields(IndexFields.ID, IndexFields.SIZE, IndexFields.MTIME, IndexFields.HASH)
        .setRows(STAMP_PAGE)
        .setSort(IndexFields.ID, SolrQuery.ORDER.asc);
    Map<String, FileStamp> stamps = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = nodes.send(new QueryRequest(query), collection);
      for (SolrDocument doc : response.getResults()) {
        stamps.put((String) doc.getFirstValue(IndexFields.ID), new FileStamp(
            number(doc, IndexFields.SIZE), number(doc, IndexFields.MTIME), (String) doc.getFirstValue(IndexFields.HASH)));
      }
      if (cursor.equals(response.getNextCursorMark())) {
        return stamps;
      }
      cursor = response.getNextCursorMark();
    }
  }

  private static long number(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value instanceof Number n ? n.longValue() : -1;
  }
}

package fr.trouvaille.web;

import fr.trouvaille.search.RelatedDocument;
import java.util.List;

/** The body of {@code GET /api/documents/{id}/related}. */
public record RelatedDocuments(String id, List<RelatedDocument> related) {}

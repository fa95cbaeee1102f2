package fr.trouvaille.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The cluster operations a Trouvaille collection needs: upload its configset, create collections,
 * point the alias users name at one of them, and drop the old one. The name given on the command
 * line is always an alias, so a full rebuild can swap collections under it in one step.
 */
final class SolrAdmin {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmssSSS").withZone(ZoneOffset.UTC);

  private final SolrNodes nodes;

  SolrAdmin(SolrNodes nodes) {
    this.nodes = nodes;
  }

  /** The configset name for the collections behind {@code alias}. */
  static String configName(String alias) {
    return "trouvaille-" + alias;
  }

  /** Uploads (or replaces) the configset of the collections behind {@code alias}. */
  void uploadConfigSet(String alias, ConfigSet configSet) throws IOException {
    ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configSet.zip(), "configset.zip", "application/zip");
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
        .setConfigSetName(configName(alias))
        .setUploadStream(zip)
        .setOverwrite(true)
        .setCleanup(true);
    nodes.send(upload, null);
  }

  /** The collection the alias points at, if the alias exists. */
  Optional<String> collectionOf(String alias) throws IOException {
    CollectionAdminResponse response = nodes.send(new CollectionAdminRequest.ListAliases(), null);
    Map<String, String> aliases = response.getAliases();
    return Optional.ofNullable(aliases == null ? null : aliases.get(alias));
  }

  /** True when a collection (not an alias) has this name. */
  boolean collectionExists(String name) throws IOException {
    return listCollections().contains(name);
  }

  @SuppressWarnings("unchecked")
  private List<String> listCollections() throws IOException {
    CollectionAdminResponse response = nodes.send(new CollectionAdminRequest.List(), null);
    Object names = response.getResponse().get("collections");
    return names == null ? List.of() : (List<String>) names;
  }

  /** Creates a new collection for {@code alias}, named after it and the time, and returns its name. */
  String createCollection(String alias, int shards, int replicas) throws IOException {
    String name = alias + "_" + STAMP.format(Instant.now());
    nodes.send(CollectionAdminRequest.createCollection(name, configName(alias), shards, replicas), null);
    return name;
  }

  /** Points {@code alias} at {@code collection}, in one step for every client. */
  void pointAlias(String alias, String collection) throws IOException {
    nodes.send(CollectionAdminRequest.createAlias(alias, collection), null);
  }

  /** Reloads a collection, so it reads a configset uploaded again (new synonyms). */
  void reload(String collection) throws IOException {
    nodes.send(CollectionAdminRequest.reloadCollection(collection), null);
  }

  void delete(String collection) throws IOException {
    nodes.send(CollectionAdminRequest.deleteCollection(collection), null);
  }
}

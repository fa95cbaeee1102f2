package fr.trouvaille.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands test classes one SolrCloud cluster of 2 nodes, started on first use and shut down when the
 * whole test run ends, so the classes that need a cluster share its start-up time.
 */
public final class SolrCloudExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SolrCloudExtension.class);

  /** The cluster and its data folder, closed with the run. */
  private record Running(SolrClusterProcess cluster, Path data) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      cluster.close();
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SolrClusterProcess.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("cluster", key -> start(), Running.class)
        .cluster();
  }

  private static Running start() {
    try {
      Path data = Files.createTempDirectory("trouvaille-solrcloud");
      return new Running(SolrClusterProcess.start(2, data), data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package fr.trouvaille.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a SolrCloud cluster for the tests (embedded ZooKeeper, N Jetty nodes on 127.0.0.1) and
 * obeys commands read from standard input, one a line:
 *
 * <pre>
 *   stop I     stop node I (0-based); answers "STOPPED I"
 *   start I    start node I again; answers "STARTED I"
 *   quit       shut the cluster down and exit (so does the end of standard input)
 * </pre>
 *
 * Once the cluster is up it prints {@code NODES url,url,...}, the nodes' base URLs. A test drives it
 * over a pipe, so a test JVM that dies closes the pipe and the cluster goes with it; a lifetime cap
 * stops it in any case.
 */
public final class SolrClusterLauncher {

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("solr-cluster");
    long lifetimeMinutes = args.length > 2 ? Long.parseLong(args[2]) : 20;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, dir).build();
    Thread reaper = new Thread(() -> {
      try {
        TimeUnit.MINUTES.sleep(lifetimeMinutes);
        System.err.println("Lifetime of " + lifetimeMinutes + " minutes reached: stopping the cluster");
        Runtime.getRuntime().halt(3);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "lifetime");
    reaper.setDaemon(true);
    reaper.start();
    List<JettySolrRunner> runners = List.copyOf(cluster.getJettySolrRunners());
    out.println("NODES " + runners.stream().map(j -> j.getBaseUrl().toString()).collect(Collectors.joining(",")));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
        String[] command = line.strip().split("\\s+");
        if (line.isBlank()) {
          continue;
        } else if (command.length != 2) {
          out.println("ERROR unknown command: " + line);
          continue;
        }
        JettySolrRunner node = runners.get(Integer.parseInt(command[1]));
        if (command[0].equals("stop")) {
          cluster.stopJettySolrRunner(node);
          cluster.waitForJettyToStop(node);
          out.println("STOPPED " + command[1]);
        } else if (command[0].equals("start")) {
          cluster.startJettySolrRunner(node, true);
          out.println("STARTED " + command[1]);
        } else {
          out.println("ERROR unknown command: " + line);
        }
      }
    } finally {
      cluster.shutdown();
    }
    System.exit(0);
  }
}

package org.fmm.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs real Apache Solr (standalone, no ZooKeeper) in embedded Jetty on 127.0.0.1.
 *
 * <p>Usage: {@code Launcher PORT SOLR_HOME DATA_DIR PID_FILE}
 *
 * <ul>
 *   <li>SOLR_HOME holds solr.xml and the core folders (plone/core.properties + plone/conf).
 *   <li>DATA_DIR becomes solr.data.home: each core keeps its index and transaction log in
 *       DATA_DIR/&lt;core&gt;/data, so the index survives restarts.
 *   <li>JettySolrRunner always binds its connector to 127.0.0.1; the context is /solr.
 * </ul>
 */
public final class Launcher {

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: Launcher PORT SOLR_HOME DATA_DIR PID_FILE");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]).toAbsolutePath();
    Path data = Path.of(args[2]).toAbsolutePath();
    Path pidFile = Path.of(args[3]).toAbsolutePath();
    Files.createDirectories(data);

    System.setProperty("solr.solr.home", home.toString());
    System.setProperty("solr.data.home", data.toString());

    JettyConfig config =
        JettyConfig.builder()
            .setPort(port)
            .setContext("/solr")
            .stopAtShutdown(false) // our own hook below stops Solr cleanly (commit + close)
            .build();
    JettySolrRunner solr = new JettySolrRunner(home.toString(), new Properties(), config);

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    solr.stop();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    try {
                      Files.deleteIfExists(pidFile);
                    } catch (Exception ignored) {
                      // nothing useful to do while the JVM exits
                    }
                  }
                },
                "solr-shutdown"));

    solr.start();
    Files.writeString(
        pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
    System.out.println("Solr listening on http://127.0.0.1:" + solr.getLocalPort() + "/solr");
    Thread.currentThread().join(); // block; SIGTERM runs the shutdown hook
  }

  private Launcher() {}
}

package fr.trouvaille.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of option values made before a command does any work, so that a wrong value costs the user
 * one line naming the option and what to do, not an index build followed by an exception.
 */
final class OptionChecks {

  private OptionChecks() {}

  static void corpusFolder(CommandSpec spec, Path corpus) {
    if (!Files.isDirectory(corpus)) {
      throw fail(spec, "--corpus " + corpus + " is not a folder: give the folder that holds your documents.");
    }
  }

  // 0 stays allowed: it asks the system for any free port (tests and the bench use it).
  static void port(CommandSpec spec, int port) {
    if (port < 0 || port > 65535) {
      throw fail(spec, "--port " + port + " is not a port: give a number from 1 to 65535 (0 picks any free one).");
    }
  }

  /** Binds the port for a moment: what the server will do, minus everything it would do first. */
  static void portFree(CommandSpec spec, String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw fail(spec, "--port " + port + " cannot be used on " + host + " (" + reason(e)
          + "): stop what listens there or give another --port.");
    }
  }

  static ParameterException fail(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "refused" : message.toLowerCase(java.util.Locale.ROOT);
  }
}

package fr.trouvaille.cli;

import fr.trouvaille.index.OtherCorpusException;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexInProgressException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trouvaille} command: {@code serve}, {@code reindex}, {@code search} and {@code eval}. */
@Command(name = "trouvaille", mixinStandardHelpOptions = true, version = "Trouvaille 0.1",
    description = "Full-text search for a folder of French documents.")
public final class Main implements Runnable {

  /** The commands, in the order the help lists them. */
  private static final List<String> COMMANDS = List.of("serve", "reindex", "search", "eval");

  /** Exit code of a command that failed for a reason the user can fix (message printed, no trace). */
  static final int FAILED = 1;
  /** Exit code of a command given options that contradict each other or the index (picocli's own for usage). */
  static final int USAGE = 2;

  public static void main(String[] args) throws Exception {
    Optional<List<String>> child = JvmLauncher.chosen(args);
    if (child.isPresent()) {
      System.exit(JvmLauncher.run(child.get(), args));
    }
    JvmLauncher.endWithParent();
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The configured command line for {@code args} (tests run it without exiting the JVM): when they
   * name a command, that command alone. Picocli reads each command's options from its annotations
   * by reflection, interpreted at that point: the three others cost {@code serve} 30 ms of CPU on the
   * way to its first answer. The help and a mistyped command still see them all.
   */
  static CommandLine commandLine(String... args) {
    CommandLine main = new CommandLine(new Main());
    boolean named = args.length > 0 && COMMANDS.contains(args[0]);
    for (String name : COMMANDS) {
      if (!named || name.equals(args[0])) {
        main.addSubcommand(command(name));
      }
    }
    return main.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("Error: " + message(e));
      cmd.getErr().flush();
      // The wrong folder is a usage error, as a bad option is: nothing was done.
      return e instanceof OtherCorpusException ? USAGE : FAILED;
    }).setParameterExceptionHandler(Main::badOption);
  }

  // One line, exit code 2. Our own checks already say what to do; picocli's own messages ("Unknown
  // option", "Invalid value") get a pointer to the command's help instead of the whole usage text.
  private static int badOption(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String message = e.getMessage();
    if (e.getClass() != CommandLine.ParameterException.class) {
      message += (message.endsWith(".") ? "" : ".") + " See '" + cmd.getCommandSpec().qualifiedName() + " --help'.";
    }
    cmd.getErr().println(message);
    cmd.getErr().flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String message(Exception e) {
    if (e instanceof ReindexInProgressException || e instanceof ReindexFailedException || e instanceof OtherCorpusException) {
      return e.getMessage();
    }
    if (e instanceof FileAlreadyExistsException file) {
      return "not a folder: " + file.getFile() + " (give a folder for the index, or one that does not exist yet)";
    }
    if (e instanceof NoSuchFileException missing) {
      return "not found: " + missing.getFile() + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
    }
    // The message alone: a class name tells a user nothing they can act on.
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage();
    }
    return "unexpected failure (" + e.getClass().getSimpleName() + ")";
  }

  private static Object command(String name) {
    return switch (name) {
      case "serve" -> new ServeCommand();
      case "reindex" -> new ReindexCommand();
      case "search" -> new SearchCommand();
      case "eval" -> new EvalCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}

package fr.trouvaille.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A class-data archive (AppCDS) of the classes a start of {@code serve} and an index build load, made
 * at build time by {@link ClassDataTraining}: the JVM maps them parsed and verified instead of reading
 * them from the jar, and the server answers in about half the time (a reindex saves about a second of
 * CPU). It lives beside the jar ({@code target/trouvaille.jsa}), or where {@value #PROPERTY} says.
 */
record ClassDataArchive(Path file) {

  /** {@code -Dtrouvaille.classDataArchive=FILE}: an archive kept elsewhere than beside the jar. */
  static final String PROPERTY = "trouvaille.classDataArchive";

  // The user's own class-data options are theirs: no archive of ours on top of them.
  private static final List<String> CLASS_DATA_OPTIONS = List.of(
      "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList");

  // The JVM checks the archive against itself and the class path (each jar's path, size and time)
  // and, when they differ (a jar rebuilt or moved, another JDK), starts without it: -Xshare:auto.
  // It would say so on a warning line; the user has nothing to do about it, so that line is off.
  private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  /**
   * The archive for the class path this JVM runs from, if there is one: beside its jar and not older
   * than it, or the one the property names. Only file times are read here: it runs before anything.
   */
  static Optional<ClassDataArchive> besideClassPath() {
    return find(System.getProperty("java.class.path", ""), System.getProperty(PROPERTY));
  }

  /** The archive for {@code classPath}, or the one at {@code named} (null: none named), as {@link #besideClassPath}. */
  static Optional<ClassDataArchive> find(String classPath, String named) {
    boolean oneJar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
    if (named == null && !oneJar) {
      return Optional.empty();
    }
    File archive = named != null ? new File(named) : beside(Path.of(classPath)).toFile();
    // A jar rebuilt after its archive was made would not match it: no child JVM just to find that out.
    boolean fresh = archive.isFile() && (!oneJar || archive.lastModified() >= new File(classPath).lastModified());
    return fresh ? Optional.of(new ClassDataArchive(archive.toPath())) : Optional.empty();
  }

  /** Where the archive of {@code jar} goes: {@code trouvaille.jar}, {@code trouvaille.jsa}. */
  static Path beside(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()).concat(".jsa"));
  }

  /** The child JVM's options, or empty when {@code userOptions} already say how to share class data. */
  Optional<List<String>> options(List<String> userOptions) {
    if (JvmLauncher.anyStartsWith(userOptions, CLASS_DATA_OPTIONS)) {
      return Optional.empty();
    }
    List<String> options = new ArrayList<>();
    options.add("-XX:SharedArchiveFile=".concat(file.toString()));
    options.addAll(QUIET);
    return Optional.of(options);
  }
}

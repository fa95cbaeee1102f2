package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive {@code serve} starts its server JVM with, and with which options. */
class ClassDataArchiveTest {

  @TempDir Path target;

  private Path file(String name, Instant time) throws Exception {
    Path file = Files.writeString(target.resolve(name), name);
    Files.setLastModifiedTime(file, FileTime.from(time));
    return file;
  }

  @Test
  void the_archive_beside_the_jar_counts_when_it_is_not_older_than_the_jar() throws Exception {
    Instant built = Instant.parse("2026-11-30T20:00:00Z");
    Path jar = file("trouvaille.jar", built);
    Path archive = file("trouvaille.jsa", built.plusSeconds(10));
    assertEquals(Optional.of(new ClassDataArchive(archive)), ClassDataArchive.find(jar.toString(), null));
  }

  @Test
  void an_archive_older_than_its_jar_or_none_at_all_starts_no_child() throws Exception {
    Instant built = Instant.parse("2026-11-30T20:00:00Z");
    Path jar = file("trouvaille.jar", built);
    assertEquals(Optional.empty(), ClassDataArchive.find(jar.toString(), null), "no archive");
    file("trouvaille.jsa", built.minusSeconds(60));
    assertEquals(Optional.empty(), ClassDataArchive.find(jar.toString(), null), "the jar was rebuilt after it");
  }

  @Test
  void a_class_path_of_folders_has_no_archive_unless_one_is_named() throws Exception {
    Path archive = file("elsewhere.jsa", Instant.now());
    String folders = target.resolve("classes") + File.pathSeparator + target.resolve("lib.jar");
    assertEquals(Optional.empty(), ClassDataArchive.find(folders, null));
    assertEquals(Optional.of(new ClassDataArchive(archive)), ClassDataArchive.find(folders, archive.toString()));
    assertEquals(Optional.empty(), ClassDataArchive.find(folders, target.resolve("missing.jsa").toString()));
  }

  @Test
  void the_child_maps_the_archive_quietly_unless_the_user_chose_how_to_share_class_data() {
    ClassDataArchive archive = new ClassDataArchive(Path.of("target", "trouvaille.jsa"));
    assertEquals(Optional.of(List.of("-XX:SharedArchiveFile=" + Path.of("target", "trouvaille.jsa"), "-Xshare:auto",
        "-Xlog:cds=off", "-Xlog:cds+dynamic=off")), archive.options(List.of("-Xmx2g", "-Dx=y")));
    assertEquals(Optional.empty(), archive.options(List.of("-Xshare:off")));
    assertEquals(Optional.empty(), archive.options(List.of("-XX:SharedArchiveFile=mine.jsa")));
  }

  @Test
  void the_archive_of_a_jar_is_its_name_with_jsa() {
    assertEquals(Path.of("target", "trouvaille.jsa"), ClassDataArchive.beside(Path.of("target", "trouvaille.jar")));
  }
}

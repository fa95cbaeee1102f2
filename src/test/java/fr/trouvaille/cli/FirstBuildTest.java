package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.trouvaille.index.FileOutcome;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstBuildTest {

  @Test
  void says_each_step_of_the_build_while_it_runs_and_nothing_before_or_after() {
    FirstBuild build = new FirstBuild();
    assertEquals(Optional.empty(), build.notReady());
    build.begin();
    assertEquals(Optional.of("L’index est en cours de construction (lecture du dossier). Réessayez dans un instant."),
        build.notReady());
    build.started(90_078);
    for (int i = 0; i < 12_000; i++) {
      build.fileDone("f" + i, FileOutcome.INDEXED);
    }
    assertEquals(Optional.of("L’index est en cours de construction (12 000 fichiers lus sur 90 078). Réessayez dans un instant."),
        build.notReady().map(message -> message.replace('\u202f', ' ').replace('\u00a0', ' ')));
    build.committing();
    assertEquals(Optional.of("L’index est en cours de construction (enregistrement des 90 078 fichiers). Réessayez dans un instant."),
        build.notReady().map(message -> message.replace('\u202f', ' ').replace('\u00a0', ' ')));
    build.end();
    assertEquals(Optional.empty(), build.notReady());
  }
}

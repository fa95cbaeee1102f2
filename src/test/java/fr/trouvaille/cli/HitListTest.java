package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HitListTest {

  @Test
  void matches_are_bold_on_a_terminal_and_plain_elsewhere() {
    String html = "Les <mark>troupes</mark> russes";
    assertEquals("Les \u001b[1mtroupes\u001b[0m russes", new HitList(true).snippet(html));
    assertEquals("Les troupes russes", new HitList(false).snippet(html));
  }

  @Test
  void escaped_text_comes_back_as_text_and_never_as_a_mark_or_a_control_sequence() {
    String html = "&lt;mark&gt;x&lt;&#x2F;mark&gt; &amp; &#39;y&#39; &quot;z&quot; \u001b[31mrouge";
    assertEquals("<mark>x</mark> & 'y' \"z\"  [31mrouge", new HitList(true).snippet(html));
    assertEquals("  [31mrouge", new HitList(true).snippet("&#27;&#x1B;[31mrouge"));
  }
}

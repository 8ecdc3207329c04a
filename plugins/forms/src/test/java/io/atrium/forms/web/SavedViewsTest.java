package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.testkit.PluginTestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saved views in the plugin's table: per user and form, replaced by name, private to their owner. */
class SavedViewsTest {

  private PluginTestKit kit;
  private SavedViews views;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("forms").entities(SavedView.class).user("alice", "forms:use").start();
    views = kit.create(SavedViews.class);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void keepsViewsPerUserAndFormAndReplacesOneOfTheSameName() throws Exception {
    views.save("expense", "mine", "quick=a");
    views.save("expense", "big ones", "sort=amount");
    views.save("expense", "mine", "quick=b");
    views.save("leave", "mine", "x=y");

    assertThat(views.of("expense")).extracting(SavedView::getName, SavedView::getState)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("big ones", "sort=amount"),
            org.assertj.core.groups.Tuple.tuple("mine", "quick=b"));
    try (var connection = kit.dataSource().getConnection(); var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM forms_saved_view")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void othersNeitherSeeNorDeleteThem() {
    SavedView view = views.save("expense", "mine", "quick=a");
    kit.user().signIn("bob", "forms:use");

    assertThat(views.of("expense")).isEmpty();
    assertThat(views.find(view.getId())).isEmpty();
    assertThat(views.delete(view.getId())).isFalse();

    kit.user().signIn("alice", "forms:use");
    assertThat(views.find(view.getId())).isPresent();
    assertThat(views.delete(view.getId())).isTrue();
    assertThat(views.of("expense")).isEmpty();
  }

  @Test
  void refusesBlankAndOverlongNames() {
    assertThatThrownBy(() -> views.save("expense", "  ", "")).hasMessage("forms.ui.views.name.invalid");
    assertThatThrownBy(() -> views.save("expense", "x".repeat(101), "")).hasMessage("forms.ui.views.name.invalid");
  }
}

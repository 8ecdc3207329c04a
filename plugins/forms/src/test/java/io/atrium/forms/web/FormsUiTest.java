package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormDraft;
import io.atrium.forms.FormSummary;
import io.atrium.forms.FormVersion;
import io.atrium.forms.PublishPreview;
import io.atrium.forms.PublishedForm;
import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.sdk.ui.MenuItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The side menu: the forms entry, and one entry per published form the user may view. */
class FormsUiTest {

  private PluginTestKit kit;
  private List<FormSummary> forms;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("forms").user("alice", "forms:use", "forms:expense:view").start();
    forms = List.of(new FormSummary("expense", "报销", 2, false, Instant.EPOCH),
        new FormSummary("leave", "请假", 1, false, Instant.EPOCH),
        new FormSummary("draft-only", "草稿", 0, true, Instant.EPOCH));
    kit.register(FormCatalog.class, new ListingCatalog());
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void listsTheFormsEntryAndThePublishedFormsTheUserMayView() {
    List<MenuItem> items = kit.create(FormsUi.class).menuItems();

    assertThat(items).extracting(MenuItem::id).containsExactly("forms", "records-expense");
    assertThat(items.get(0).permission()).contains("forms:use");
    assertThat(items.get(1).view()).isEqualTo("records.xhtml?form=expense");
    assertThat(items.get(1).labelKey()).isEqualTo("报销");
    assertThat(items.get(1).permission()).contains("forms:expense:view");
  }

  @Test
  void withoutTheBasePermissionOnlyTheGuardedEntryIsLeft() {
    kit.user().signIn("bob", "forms:expense:view");

    assertThat(kit.create(FormsUi.class).menuItems()).extracting(MenuItem::id).containsExactly("forms");
  }

  @Test
  void aFailingCatalogLeavesTheFormsEntry() {
    forms = null;

    assertThat(kit.create(FormsUi.class).menuItems()).extracting(MenuItem::id).containsExactly("forms");
  }

  @Test
  void everyPageNeedsTheBasePermissionAndTheDesignerDesigning() {
    FormsUi ui = kit.create(FormsUi.class);

    assertThat(ui.viewPermissions()).containsEntry("*", "forms:use").containsEntry("designer.xhtml", "forms:design");
  }

  /** A catalog that only lists. */
  private final class ListingCatalog implements FormCatalog {
    @Override
    public List<FormSummary> forms() {
      if (forms == null) {
        throw new IllegalStateException("database down");
      }
      return forms;
    }

    @Override
    public FormDraft create(String schemaJson) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FormDraft saveDraft(String key, String schemaJson) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<FormDraft> draft(String key) {
      return Optional.empty();
    }

    @Override
    public PublishPreview preview(String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PublishedForm publish(String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PublishedForm> published(String key) {
      return Optional.empty();
    }

    @Override
    public List<FormVersion> versions(String key) {
      return List.of();
    }
  }
}

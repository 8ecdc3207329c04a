package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.AppTemplate;
import io.atrium.forms.AppTemplates;
import io.atrium.forms.FormExistsException;
import io.atrium.forms.FormNotFoundException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.AccessDeniedException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Installing the app templates through the test kit: a published form, with or without its samples. */
class AppTemplatesInstallTest {

  private FormsStack stack;

  @BeforeEach
  void start() {
    stack = new FormsStack();
  }

  @AfterEach
  void close() {
    stack.close();
  }

  @Test
  void theFiveScenariosAreListedInTheCallersLanguage() {
    assertThat(stack.templates.list(Locale.SIMPLIFIED_CHINESE)).extracting(AppTemplate::name)
        .containsExactly("线索登记", "营销活动立项", "内容选题", "直播订单", "费用报销");
    assertThat(stack.templates.list(Locale.ENGLISH)).extracting(AppTemplate::id)
        .containsExactly("lead", "campaign-proposal", "content-topic", "live-order", "expense-claim");
    assertThat(stack.templates.list(Locale.ENGLISH).get(0).name()).isEqualTo("Lead registration");
    assertThat(stack.templates.list(Locale.ENGLISH)).allSatisfy(t -> assertThat(t.samples()).isGreaterThanOrEqualTo(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lead", "campaign-proposal", "content-topic", "live-order", "expense-claim"})
  void eachTemplateInstallsAsAPublishedFormWithItsSampleRecords(String id) {
    AppTemplates.InstalledTemplate installed = stack.templates.install(id, null, true);

    assertThat(installed.form().schema().key()).isEqualTo(id);
    assertThat(installed.form().version()).isEqualTo(1);
    RecordPage page = stack.records.list(id, RecordQuery.all(), null);
    assertThat(page.total()).isEqualTo(installed.samples()).isGreaterThanOrEqualTo(3);
    RecordData first = page.records().get(0);
    assertThat(first.status()).isEqualTo(RecordStatus.SUBMITTED);
    assertThat(first.ownerId()).isEqualTo(stack.kit.user().userId().orElseThrow());
    assertThat(stack.kit.events().published(RecordEvents.CREATED)).hasSize(installed.samples());
    assertThat(stack.kit.events().published(RecordEvents.SUBMITTED)).as("samples start no approvals").isEmpty();
  }

  @Test
  void withoutSampleDataTheFormIsEmptyAndAnotherKeyGivesASecondCopy() {
    stack.templates.install("lead", null, false);
    AppTemplates.InstalledTemplate copy = stack.templates.install("lead", "lead-expo", true);

    assertThat(stack.records.list("lead", RecordQuery.all(), null).total()).isZero();
    assertThat(copy.form().schema().key()).isEqualTo("lead-expo");
    assertThat(stack.records.list("lead-expo", RecordQuery.all(), null).total()).isEqualTo(copy.samples());
  }

  @Test
  void anExistingKeyAnUnknownTemplateAndAMissingPermissionAreRefused() {
    stack.templates.install("lead", null, false);

    assertThatThrownBy(() -> stack.templates.install("lead", null, true)).isInstanceOf(FormExistsException.class);
    assertThatThrownBy(() -> stack.templates.install("nope", null, true)).isInstanceOf(FormNotFoundException.class);
    stack.kit.user().signIn("clerk", "forms:lead:view");
    assertThatThrownBy(() -> stack.templates.install("expense-claim", "x1", true))
        .isInstanceOf(AccessDeniedException.class);
  }
}

package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.IntakeChange;
import io.atrium.forms.IntakeRefusedException;
import io.atrium.forms.IntakeSettings;
import io.atrium.forms.PublicForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.testkit.TestAuditLog;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public intake through the test kit: settings, the page's fields and token, honeypot, and the stored record. */
class DefaultIntakesTest {

  private static final String LEAD = """
      {"key": "web-lead", "name": {"zh-CN": "线索", "en": "Lead"}, "sections": [{"fields": [
        {"name": "contactName", "type": "text", "label": "联系人", "required": true, "maxLength": 50},
        {"name": "mobile", "type": "phone", "label": "手机"},
        {"name": "industry", "type": "select", "label": "行业",
         "options": [{"value": "retail", "label": "零售"}, {"value": "it", "label": "IT"}]},
        {"name": "notes", "type": "textarea", "label": "备注"},
        {"name": "salesRep", "type": "user", "label": "销售"}
      ]}]}""";

  private FormsStack stack;
  private long owner;

  @BeforeEach
  void publish() {
    stack = new FormsStack();
    owner = stack.kit.directory().person("rep", "销售小王", null, null);
    stack.catalog.create(LEAD);
    stack.catalog.publish("web-lead");
  }

  @AfterEach
  void close() {
    stack.close();
  }

  private IntakeSettings open() {
    return stack.intakes.save("web-lead", new IntakeChange(true, "谢谢，我们会尽快联系您。", owner, List.of("notes"), false));
  }

  private long records() {
    return stack.records.list("web-lead", RecordQuery.all(), null).total();
  }

  @Test
  void theSlugIsRandomAndKeptUntilANewOneIsAskedFor() {
    IntakeSettings first = open();
    IntakeSettings again = open();
    IntakeSettings renewed = stack.intakes.save("web-lead", new IntakeChange(true, null, null, List.of(), true));

    assertThat(first.slug()).matches("[a-z0-9]{16}").doesNotContain("lead");
    assertThat(again.slug()).isEqualTo(first.slug());
    assertThat(renewed.slug()).isNotEqualTo(first.slug());
    assertThat(stack.intakes.open(first.slug(), Locale.ENGLISH)).as("the old address stops answering").isEmpty();
    assertThat(stack.intakes.settings("web-lead")).contains(renewed);
  }

  @Test
  void thePageShowsOnlyThePublicFieldsWithAToken() {
    PublicForm form = stack.intakes.open(open().slug(), Locale.SIMPLIFIED_CHINESE).orElseThrow();

    assertThat(form.fields()).extracting(FieldDefinition::name).containsExactly("contactName", "mobile", "industry");
    assertThat(form.token()).isNotBlank();
    assertThat(form.thankYou()).isEqualTo("谢谢，我们会尽快联系您。");
  }

  @Test
  void aSubmitCreatesASubmittedRecordOfTheOwnerWithEventsAndAnAuditEntry() {
    String slug = open().slug();
    PublicForm form = stack.intakes.open(slug, Locale.SIMPLIFIED_CHINESE).orElseThrow();
    stack.kit.clock().advance(Duration.ofSeconds(5));
    stack.kit.user().signOut();

    long id = stack.intakes.submit(slug, Map.of("contactName", "李娜", "mobile", "13800138000", "industry", "retail"),
        form.token(), "", "203.0.113.9", Locale.SIMPLIFIED_CHINESE).orElseThrow();

    stack.kit.user().signIn("tester", "*");

    RecordData record = stack.records.get("web-lead", id).orElseThrow();
    assertThat(record.status()).isEqualTo(RecordStatus.SUBMITTED);
    assertThat(record.ownerId()).isEqualTo(owner);
    assertThat(record.createdBy()).as("nobody signed in").isNull();
    assertThat(record.values()).containsEntry("contactName", "李娜").containsEntry("industry", "retail");
    assertThat(stack.kit.events().published(RecordEvents.CREATED)).hasSize(1);
    assertThat(stack.kit.events().published(RecordEvents.SUBMITTED)).hasSize(1);
    TestAuditLog.Entry audit = stack.kit.audit().entries().stream().filter(e -> e.action().equals("record.intake"))
        .findFirst().orElseThrow();
    assertThat(audit.objectId()).isEqualTo(Long.toString(id));
    assertThat(audit.after().get("clientAddress")).isEqualTo("203.0.113.9");
  }

  @Test
  void aFilledHoneypotAnswersLikeSuccessAndStoresNothing() {
    String slug = open().slug();
    PublicForm form = stack.intakes.open(slug, Locale.SIMPLIFIED_CHINESE).orElseThrow();
    stack.kit.clock().advance(Duration.ofSeconds(5));

    assertThat(stack.intakes.submit(slug, Map.of("contactName", "bot"), form.token(), "http://spam.example",
        "198.51.100.1", Locale.SIMPLIFIED_CHINESE)).isEmpty();
    assertThat(records()).isZero();
    assertThat(stack.kit.events().published(RecordEvents.CREATED)).isEmpty();
  }

  @Test
  void aSubmitFasterThanAPersonIsRefusedAndStoresNothing() {
    String slug = open().slug();
    PublicForm form = stack.intakes.open(slug, Locale.SIMPLIFIED_CHINESE).orElseThrow();

    assertThatThrownBy(() -> stack.intakes.submit(slug, Map.of("contactName", "快"), form.token(), null, "x",
        Locale.SIMPLIFIED_CHINESE)).isInstanceOf(IntakeRefusedException.class)
        .hasMessage("forms.intake.refused.tooFast");
    assertThat(records()).isZero();
  }

  @Test
  void fieldsThePageDoesNotShowAreRefusedAndValuesAreValidated() {
    String slug = open().slug();
    PublicForm form = stack.intakes.open(slug, Locale.ENGLISH).orElseThrow();
    stack.kit.clock().advance(Duration.ofSeconds(5));

    assertThatThrownBy(() -> stack.intakes.submit(slug, Map.of("contactName", "A", "salesRep", owner, "notes", "x"),
        form.token(), null, "x", Locale.ENGLISH)).isInstanceOfSatisfying(RecordValidationException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("salesRep", "notes"));
    assertThatThrownBy(() -> stack.intakes.submit(slug, Map.of("mobile", "12"), form.token(), null, "x",
        Locale.ENGLISH)).isInstanceOfSatisfying(RecordValidationException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).contains("contactName", "mobile"));
    assertThat(records()).isZero();
  }

  @Test
  void aDisabledIntakeOrAnUnknownSlugIsNotFound() {
    String slug = open().slug();
    stack.intakes.save("web-lead", new IntakeChange(false, null, null, List.of(), false));

    assertThat(stack.intakes.open(slug, Locale.ENGLISH)).isEmpty();
    assertThat(stack.intakes.open("nosuchslug", Locale.ENGLISH)).isEmpty();
    assertThatThrownBy(() -> stack.intakes.submit(slug, Map.of("contactName", "A"), "t", null, "x", Locale.ENGLISH))
        .isInstanceOf(FormNotFoundException.class);
  }

  @Test
  void aRequiredFieldThePublicCannotFillKeepsTheIntakeClosed() {
    assertThatThrownBy(() -> stack.intakes.save("web-lead", new IntakeChange(true, null, null,
        List.of("contactName"), false))).isInstanceOfSatisfying(RecordValidationException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("contactName"));
    assertThatThrownBy(() -> stack.intakes.save("web-lead", new IntakeChange(true, null, 999_999L, List.of("nope"),
        false))).isInstanceOfSatisfying(RecordValidationException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("excludedFields", "ownerId"));
    assertThat(stack.intakes.settings("web-lead")).isEmpty();
  }

  @Test
  void onlyDesignersSeeAndChangeTheSettings() {
    open();
    stack.kit.user().signIn("clerk", "forms:web-lead:create");

    assertThatThrownBy(() -> stack.intakes.settings("web-lead")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> stack.intakes.save("web-lead", new IntakeChange(false, null, null, List.of(), false)))
        .isInstanceOf(AccessDeniedException.class);
  }
}

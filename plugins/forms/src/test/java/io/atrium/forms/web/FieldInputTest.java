package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the fill page's inputs hand to FormRecords, and how stored values come back into them. */
class FieldInputTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static FieldInput input(FieldType type) {
    return new FieldInput(FieldDefinition.simple("f", type, "F", false), SHANGHAI);
  }

  private static FieldDefinition multiple(FieldType type) {
    return new FieldDefinition(null, "f", type, LocalizedText.of("F"), null, null, false, false, false, 1, null, null,
        null, null, null, null, null, null, null, List.of(), null, true, null, null, null, null, Set.of(), null, null,
        null, null, List.of());
  }

  @Test
  void textIsSentAsTypedAndBlankAsNothing() {
    FieldInput text = input(FieldType.TEXT);
    text.setText("  ");
    assertThat(text.value()).isNull();
    text.setText("<b>hi</b>");
    assertThat(text.value()).isEqualTo("<b>hi</b>");
  }

  @Test
  void datesAndTimesTravelAsIsoTextAndDateTimesAsInstantsOfTheCompanyZone() {
    FieldInput date = input(FieldType.DATE);
    date.setDate(LocalDate.of(2026, 12, 2));
    FieldInput dateTime = input(FieldType.DATETIME);
    dateTime.setDateTime(LocalDateTime.of(2026, 12, 2, 9, 30));
    FieldInput time = input(FieldType.TIME);
    time.setTime(LocalTime.of(18, 5));

    assertThat(date.value()).isEqualTo("2026-12-02");
    assertThat(dateTime.value()).isEqualTo("2026-12-02T01:30:00Z");
    assertThat(time.value()).isEqualTo("18:05");

    FieldInput back = input(FieldType.DATETIME);
    back.setValue(Instant.parse("2026-12-02T01:30:00Z"));
    assertThat(back.getDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 30));
  }

  @Test
  void peopleAndDepartmentsAreIdsOneOrSeveral() {
    FieldInput one = input(FieldType.USER);
    one.setText("42");
    assertThat(one.value()).isEqualTo(42L);

    FieldInput several = new FieldInput(multiple(FieldType.DEPARTMENT), SHANGHAI);
    several.setValue(List.of(3L, 5L));
    assertThat(several.getList()).containsExactly("3", "5");
    assertThat(several.value()).isEqualTo(List.of(3L, 5L));
  }

  @Test
  void regionsJoinTheirCodesAsFarAsChosen() {
    FieldInput region = input(FieldType.REGION);
    region.setProvince("440000");
    region.setCity("440300");
    assertThat(region.value()).isEqualTo("440000/440300");
    region.setDistrict("440305");
    assertThat(region.value()).isEqualTo("440000/440300/440305");
    region.setProvince("440000");
    region.setCity("440300");
    region.setDistrict("440305");
    assertThat(region.value()).as("the same values posted again").isEqualTo("440000/440300/440305");
    region.setProvince("110000");
    assertThat(region.value()).as("a new province clears city and district").isEqualTo("110000");
  }

  @Test
  void subTablesSendALineMapPerLineWithoutComputedFields() {
    FieldDefinition table = FieldDefinition.simple("items", FieldType.SUBTABLE, "Items", false)
        .withFields(List.of(FieldDefinition.simple("what", FieldType.TEXT, "What", true),
            FieldDefinition.simple("amount", FieldType.MONEY, "Amount", true),
            FieldDefinition.simple("no", FieldType.SERIAL, "No", false)));
    FieldInput input = new FieldInput(table, SHANGHAI);
    input.setValue(List.of(Map.of("what", "train", "amount", new BigDecimal("553.00"))));
    input.addLine();

    assertThat(input.getLines()).hasSize(2);
    assertThat(input.getLines().get(0).getInputs().get("amount").getNumber()).isEqualByComparingTo("553");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines = (List<Map<String, Object>>) input.value();
    assertThat(lines.get(0)).containsEntry("what", "train").doesNotContainKey("no");
    assertThat(lines.get(1)).containsEntry("what", null);
  }

  @Test
  void defaultsAreJsonTextOrWhatTheDesignerTyped() {
    FieldInput money = new FieldInput(new FieldDefinition(null, "f", FieldType.MONEY, LocalizedText.of("F"), null,
        null, false, false, false, 1, "12.5", null, null, null, null, null, null, null, null, List.of(), null, false,
        null, null, null, null, Set.of(), null, null, null, null, List.of()), SHANGHAI);
    money.applyDefault();
    assertThat(money.getNumber()).isEqualByComparingTo("12.5");

    FieldInput toggle = new FieldInput(new FieldDefinition(null, "f", FieldType.SWITCH, LocalizedText.of("F"), null,
        null, false, false, false, 1, "true", null, null, null, null, null, null, null, null, List.of(), null, false,
        null, null, null, null, Set.of(), null, null, null, null, List.of()), SHANGHAI);
    toggle.applyDefault();
    assertThat(toggle.value()).isEqualTo(true);

    FieldInput text = new FieldInput(new FieldDefinition(null, "f", FieldType.TEXT, LocalizedText.of("F"), null,
        null, false, false, false, 1, "\"CNY\"", null, null, null, null, null, null, null, null, List.of(), null,
        false, null, null, null, null, Set.of(), null, null, null, null, List.of()), SHANGHAI);
    text.applyDefault();
    assertThat(text.value()).isEqualTo("CNY");
  }

  @Test
  void computedFieldsAreNeverSent() {
    FieldInput serial = input(FieldType.SERIAL);
    serial.setValue("BX-0001");
    assertThat(serial.isReadOnly()).isTrue();
    assertThat(serial.value()).isNull();
  }

  @Test
  void aSwitchLeftAloneIsOff() {
    assertThat(input(FieldType.SWITCH).value()).isEqualTo(false);
  }
}

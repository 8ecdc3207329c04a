package io.atrium.forms.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPropertyTest {

  @Test
  void everyComponentOfAFieldIsAPropertyInTheSameOrder() {
    // a component without a property would be silently lost by the JSON codec and the diff
    List<String> components = Arrays.stream(FieldDefinition.class.getRecordComponents())
        .map(RecordComponent::getName).toList();
    assertThat(Arrays.stream(FieldProperty.values()).map(FieldProperty::jsonName).toList()).isEqualTo(components);
  }

  @Test
  void propertiesApplyToTheTypesTheyMeanSomethingFor() {
    assertThat(FieldProperty.CURRENCY.appliesTo(FieldType.MONEY)).isTrue();
    assertThat(FieldProperty.CURRENCY.appliesTo(FieldType.DECIMAL)).isFalse();
    assertThat(FieldProperty.REQUIRED.appliesTo(FieldType.FORMULA)).isFalse();
    assertThat(FieldProperty.OPTIONS.appliesTo(FieldType.CHECKBOX)).isTrue();
    assertThat(FieldProperty.FIELDS.appliesTo(FieldType.SUBTABLE)).isTrue();
    assertThat(FieldProperty.NAME.appliesTo(FieldType.SIGNATURE)).isTrue();
  }

  @Test
  void fieldsKnowTheirEffectiveLimits() {
    FieldDefinition text = FieldDefinition.simple("t", FieldType.TEXT, "T", false);
    assertThat(text.effectiveMaxLength()).isEqualTo(200);
    assertThat(text.toBuilder().maxLength(20).build().effectiveMaxLength()).isEqualTo(20);
    assertThat(FieldDefinition.simple("e", FieldType.EMAIL, "E", false).toBuilder().maxLength(20).build()
        .effectiveMaxLength()).as("not settable on e-mail").isEqualTo(254);
    assertThat(FieldDefinition.simple("m", FieldType.MONEY, "M", false).effectiveCurrency()).isEqualTo("CNY");
    assertThat(FieldDefinition.simple("i", FieldType.INTEGER, "I", false).effectiveScale()).isZero();
    assertThat(FieldDefinition.simple("r", FieldType.REGION, "R", false).regionDepth()).isEqualTo(3);
    assertThat(FieldDefinition.simple("p", FieldType.PHONE, "P", false).effectivePhoneKind()).isEqualTo("mobile-cn");
    assertThat(FieldDefinition.simple("u", FieldType.USER, "U", false).toBuilder().multiple(true).build()
        .multiValued()).isTrue();
    assertThat(FieldDefinition.simple("s", FieldType.SIGNATURE, "S", false).toBuilder().multiple(true).build()
        .multiValued()).as("one signature").isFalse();
    assertThat(FieldDefinition.simple("a", FieldType.ATTACHMENT, "A", false).multiValued()).isTrue();
  }
}

package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.LocalizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicFieldsTest {

  private static FieldDefinition field(String name, FieldType type) {
    return FieldDefinition.simple(name, type, name, false);
  }

  @Test
  void pickersLookupsFilesComputedAndScriptedFieldsAreNeverPublic() {
    Set<FieldType> never = EnumSet.of(FieldType.USER, FieldType.DEPARTMENT, FieldType.LOOKUP, FieldType.ATTACHMENT,
        FieldType.IMAGE, FieldType.SIGNATURE, FieldType.RICHTEXT, FieldType.REGION, FieldType.SUBTABLE,
        FieldType.SERIAL, FieldType.FORMULA);

    for (FieldType type : FieldType.values()) {
      boolean plain = !EnumSet.of(FieldType.SELECT, FieldType.MULTISELECT, FieldType.RADIO, FieldType.CHECKBOX)
          .contains(type);
      if (plain) {
        assertThat(PublicFields.isPublic(field("x", type), List.of())).as(type.name()).isEqualTo(!never.contains(type));
      }
    }
  }

  @Test
  void choicesArePublicOnlyWithInlineOptions() {
    FieldDefinition inline = field("size", FieldType.SELECT).toBuilder()
        .options(List.of(FieldOption.of("s", "小"), FieldOption.of("l", "大"))).build();
    FieldDefinition dictionary = field("city", FieldType.RADIO).toBuilder().dictionary("cities").build();

    assertThat(PublicFields.isPublic(inline, List.of())).isTrue();
    assertThat(PublicFields.isPublic(dictionary, List.of())).isFalse();
  }

  @Test
  void aFieldTheDesignerKeepsOffThePageIsNotPublic() {
    FormSchema schema = new FormSchema("lead", LocalizedText.of("线索"), null, List.of(new FormSection(null, 1,
        List.of(field("name", FieldType.TEXT), field("rep", FieldType.USER), field("notes", FieldType.TEXTAREA),
            field("phone", FieldType.PHONE)))), List.of(), List.of());

    assertThat(PublicFields.of(schema, List.of("notes"))).extracting(FieldDefinition::name)
        .containsExactly("name", "phone");
  }
}

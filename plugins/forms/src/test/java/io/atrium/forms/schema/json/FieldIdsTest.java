package io.atrium.forms.schema.json;

import static io.atrium.forms.Schemas.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.Schemas;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldIdsTest {

  private static FieldDefinition text(String name) {
    return field(name, FieldType.TEXT, name, name).build();
  }

  private static FieldDefinition text(String id, String name) {
    return field(name, FieldType.TEXT, name, name).id(id).build();
  }

  private static List<String> ids(FormSchema schema) {
    return schema.fieldsAndLineFields().stream().map(f -> f.id() + ":" + f.name()).toList();
  }

  @Test
  void theFirstVersionNumbersFieldsAndLineFieldsInReadingOrder() {
    FormSchema first = FieldIds.assign(null, Schemas.expenseClaim());
    assertThat(ids(first)).containsExactly("f1:title", "f2:category", "f3:startDate", "f4:endDate", "f5:items",
        "f6:description", "f7:price", "f8:quantity", "f9:amount", "f10:total", "f11:reason");
    assertThat(FieldIds.highest(first)).isEqualTo(11);
  }

  @Test
  void aRenamedFieldKeepsItsIdAndSoItsColumn() {
    FormSchema v1 = FieldIds.assign(null, Schemas.form(text("a"), text("b")));
    FormSchema v2 = FieldIds.assign(v1, Schemas.form(text("f1", "renamed"), text("f2", "b")));
    assertThat(ids(v2)).containsExactly("f1:renamed", "f2:b");
  }

  @Test
  void fieldsWithoutIdAreMatchedByName() {
    FormSchema v1 = FieldIds.assign(null, Schemas.form(text("a"), text("b")));
    FormSchema v2 = FieldIds.assign(v1, Schemas.form(text("b"), text("new"), text("a")));
    assertThat(ids(v2)).containsExactly("f2:b", "f3:new", "f1:a");
  }

  @Test
  void aMatchByIdWinsOverAMatchByName() {
    FormSchema v1 = FieldIds.assign(null, Schemas.form(text("a"), text("b")));
    // the designer swapped the names: the ids say which column is which
    FormSchema v2 = FieldIds.assign(v1, Schemas.form(text("b"), text("f1", "b2"), text("a")));
    assertThat(ids(v2)).containsExactly("f2:b", "f1:b2", "f3:a");
  }

  @Test
  void newIdsGoAboveEveryIdEverUsedAndMadeUpIdsAreReplaced() {
    FormSchema v1 = FieldIds.assign(null, Schemas.form(text("a"), text("b"), text("c")));
    FormSchema v2 = FieldIds.assign(v1, Schemas.form(text("a")));
    // c (f3) was removed in v2 but its column is kept: a new field never takes f3
    FormSchema v3 = FieldIds.assign(v2, Schemas.form(text("a"), text("f2", "d"), text("f99", "e")), 3);
    assertThat(ids(v3)).containsExactly("f1:a", "f4:d", "f5:e");
  }

  @Test
  void lineFieldsAreMatchedWithinTheirSubTable() {
    FormSchema v1 = FieldIds.assign(null, Schemas.expenseClaim());
    FieldDefinition items = v1.field("items").orElseThrow();
    FieldDefinition renamedLine = items.fields().get(1).toBuilder().name("unitPrice").build();
    FieldDefinition items2 = items.withFields(List.of(items.fields().get(0), renamedLine,
        field("note", FieldType.TEXT, "备注", "Note").build(), field("price", FieldType.DECIMAL, "p", "p").build()));
    FormSchema draft = v1.withSections(List.of(v1.sections().get(0),
        new FormSection(null, 1, List.of(items2.withId(null), text("description")))));
    FormSchema v2 = FieldIds.assign(v1, draft);
    assertThat(ids(v2)).containsExactly("f1:title", "f2:category", "f3:startDate", "f4:endDate", "f5:items",
        "f6:description", "f7:unitPrice", "f12:note", "f13:price", "f14:description");
  }

  @Test
  void aFieldMovedToAnotherSectionKeepsItsId() {
    FormSchema v1 = FieldIds.assign(null, Schemas.expenseClaim());
    FormSection first = v1.sections().get(0);
    FormSection second = v1.sections().get(1);
    FormSchema moved = v1.withSections(List.of(first.withFields(first.fields().subList(1, 4)),
        second.withFields(List.of(second.fields().get(0), first.fields().get(0).withId(null), second.fields().get(1),
            second.fields().get(2)))));
    assertThat(FieldIds.assign(v1, moved).field("title").orElseThrow().id()).isEqualTo("f1");
  }
}

package io.atrium.forms.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingSuggestionTest {

  private final List<ImportField> fields = List.of(new ImportField("title", "事由", "text", true, true),
      new ImportField("amount", "金额", "decimal", false, true),
      new ImportField("startDate", "开始日期", "date", false, true),
      new ImportField("claimNo", "编号", "serial", false, false));
  private final Map<String, List<String>> labels = Map.of("title", List.of("事由", "Title"), "amount",
      List.of("金额", "Amount"), "startDate", List.of("开始日期", "Start date"), "claimNo", List.of("编号", "No."));

  @Test
  void matchesLabelsInAnyLanguageAndNamesIgnoringCaseWidthSpacesAndRequiredMarks() {
    assertThat(MappingSuggestion.suggest(List.of("TITLE", "金额*", "start_date", "Start Date", "编号", "其他"),
        fields, labels)).isEqualTo(Map.of(0, "title", 1, "amount", 2, "startDate"));
    assertThat(MappingSuggestion.suggest(List.of("事 由", "ＡＭＯＵＮＴ", "开始日期"), fields, labels))
        .isEqualTo(Map.of(0, "title", 1, "amount", 2, "startDate"));
  }

  @Test
  void eachFieldIsSuggestedOnceAndUnmappableFieldsNever() {
    assertThat(MappingSuggestion.suggest(List.of("Title", "title", "No."), fields, labels))
        .isEqualTo(Map.of(0, "title"));
  }
}

package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small helpers behind the pages: JSON for scripts, the palette, problems and texts. */
class PagesSupportTest {

  @Test
  void jsonForScriptsEscapesWhatCouldEndAScriptOrAnAttribute() {
    String json = Json.write(Map.of("a", List.of("</script><b>&\"\\\n", 1, new BigDecimal("2.50"), true)));

    assertThat(json).isEqualTo("{\"a\":[\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\\"\\\\\\n\",1,2.50,true]}");
  }

  @Test
  void thePaletteOffersEveryFieldTypeOnce() {
    List<FieldType> offered = Palette.all();

    assertThat(offered).doesNotHaveDuplicates();
    assertThat(Set.copyOf(offered)).isEqualTo(EnumSet.allOf(FieldType.class));
    assertThat(Palette.groups()).extracting(g -> g.get("group"))
        .containsExactly("basic", "choice", "datetime", "people", "files", "advanced");
  }

  @Test
  void refusedSchemasReportTheirProblemsWithPaths() {
    RuntimeException refusal = new InvalidSchemaException(List.of(
        new SchemaProblem("$.sections[0].fields[1].name", "名称重复"), new SchemaProblem("$.key", "bad")));

    assertThat(SchemaProblems.of(refusal)).hasValueSatisfying(problems -> assertThat(problems)
        .containsExactly(Map.of("path", "$.sections[0].fields[1].name", "message", "名称重复"),
            Map.of("path", "$.key", "message", "bad")));
    assertThat(SchemaProblems.of(new IllegalStateException("other"))).isEmpty();
  }

  @Test
  void problemsOfLineItemsBelongToTheirSubTable() {
    assertThat(FillController.topField("items[2].price")).isEqualTo("items");
    assertThat(FillController.topField("amount")).isEqualTo("amount");
    assertThat(FillController.topField("a.b")).isEqualTo("a");
  }

  @Test
  void bothLanguagesHaveEveryTextOfThePages() {
    Map<String, String> english = FormsTexts.withPrefix(java.util.Locale.ENGLISH, "forms.");
    Map<String, String> chinese = FormsTexts.withPrefix(java.util.Locale.SIMPLIFIED_CHINESE, "forms.");

    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    assertThat(chinese.get("ui.menu")).isEqualTo("表单");
    assertThat(english.get("ui.menu")).isEqualTo("Forms");
    for (FieldType type : FieldType.values()) {
      assertThat(english).containsKey("designer.js.type." + type.jsonName());
    }
  }

  @Test
  void theBuiltInRegionsCascade() {
    BuiltInRegions regions = new BuiltInRegions();

    assertThat(regions.children(null)).extracting(RegionSource.Region::name).contains("广东省", "北京市");
    assertThat(regions.children("440000")).extracting(RegionSource.Region::code).contains("440300");
    assertThat(regions.children("440300")).extracting(RegionSource.Region::name).contains("南山区");
    assertThat(regions.find("440305")).map(RegionSource.Region::name).contains("南山区");
  }

  /** Stands for the codec's refusal: the pages read it by its name and accessors. */
  static final class InvalidSchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<SchemaProblem> problems;

    InvalidSchemaException(List<SchemaProblem> problems) {
      super("invalid");
      this.problems = problems;
    }

    public List<SchemaProblem> problems() {
      return problems;
    }
  }

  /** Stands for the codec's problem record. */
  record SchemaProblem(String path, String message) {
  }
}

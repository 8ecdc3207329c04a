package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.json.InvalidSchemaException;
import io.atrium.forms.schema.json.SchemaProblem;
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
  void refusedSchemasReportTheirProblemsWithPathsInTheCallersLanguage() {
    InvalidSchemaException refusal = new InvalidSchemaException(List.of(
        SchemaProblem.of("$.sections[0].fields[1].name", "forms.schema.noFields"), SchemaProblem.of("$.key",
            "forms.schema.noSections")));

    assertThat(DesignerController.problemsJson(refusal, java.util.Locale.SIMPLIFIED_CHINESE))
        .startsWith("[{\"path\":\"$.sections[0].fields[1].name\",\"message\":\"")
        .contains("{\"path\":\"$.key\"");
    assertThat(DesignerController.problemsJson(refusal, java.util.Locale.ENGLISH))
        .contains("A form needs at least one field.");
  }

  @Test
  void problemsOfLineItemsBelongToTheirSubTable() {
    assertThat(FillController.topField("items[2].price")).isEqualTo("items");
    assertThat(FillController.topField("amount")).isEqualTo("amount");
    assertThat(FillController.topField("a.b")).isEqualTo("a");
  }

  @Test
  void bothLanguagesHaveEveryTextOfThePages() {
    Map<String, String> english = PageTexts.withPrefix(java.util.Locale.ENGLISH, "forms.");
    Map<String, String> chinese = PageTexts.withPrefix(java.util.Locale.SIMPLIFIED_CHINESE, "forms.");

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
}

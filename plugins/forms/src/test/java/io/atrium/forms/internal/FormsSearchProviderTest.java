package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.security.FieldAccess;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Form records in the global search: the user's forms, row scope and field access, best first, a few
 * per form; answered by the search index, and by a scan of the tables while the index is not built.
 */
class FormsSearchProviderTest {

  private FormsFixture fixture;
  private FormsSearchProvider search;

  @BeforeEach
  void publish() {
    fixture = new FormsFixture();
    fixture.publish("supplies", FormsFixture.supplies("supplies"));
    fixture.searchIndex();
    search = fixture.kit.create(FormsSearchProvider.class);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private List<SearchHit> find(String text) {
    return search.search(text, Locale.ENGLISH, 10);
  }

  @Test
  void aRecordIsFoundByATextValueAndLinksToItsPage() {
    RecordData paper = fixture.submit(1L, "supplies", Map.of("title", "Printer paper", "kind", "paper"));
    fixture.submit(1L, "supplies", Map.of("title", "Pens", "kind", "pen"));

    List<SearchHit> hits = find("PRINTER");

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).title()).isEqualTo("Printer paper");
    assertThat(hits.get(0).snippet()).isEqualTo("Supplies");
    assertThat(hits.get(0).link()).isEqualTo("/forms/record.xhtml?form=supplies&id=" + paper.id());
    assertThat(search.search("PRINTER", Locale.SIMPLIFIED_CHINESE, 10).get(0).snippet()).isEqualTo("用品");
    assertThat(find("nothing like it")).isEmpty();
    assertThat(find("  ")).isEmpty();
    assertThat(search.id()).isEqualTo("records");
    assertThat(search.labelKey()).isEqualTo("forms.search.heading");
  }

  @Test
  void exactMatchesComeBeforeOnesThatOnlyContainTheText() {
    fixture.submit(1L, "supplies", Map.of("title", "paper"));
    fixture.submit(1L, "supplies", Map.of("title", "Printer paper"));
    fixture.submit(1L, "supplies", Map.of("title", "Paper clips"));

    assertThat(find("paper")).extracting(SearchHit::title).containsExactly("paper", "Paper clips", "Printer paper");
  }

  @Test
  void aHiddenFieldIsNeverMatchedNorShown() {
    fixture.submit(1L, "supplies", Map.of("title", "Toner", "secret", "classified"));
    assertThat(find("classified")).hasSize(1);

    fixture.kit.access().field("forms:supplies", "secret", FieldAccess.HIDDEN);
    assertThat(find("classified")).isEmpty();

    fixture.kit.access().field("forms:supplies", "secret", FieldAccess.READ);
    fixture.kit.access().field("forms:supplies", "title", FieldAccess.HIDDEN);
    assertThat(find("toner")).isEmpty();
    assertThat(find("classified")).extracting(SearchHit::title).containsExactly("classified");
  }

  @Test
  void onlyRecordsInTheUsersRowScopeOfFormsTheyMayViewAreFound() {
    // the index matches words and the starts of words, not any part of a word as the scan did
    fixture.submit(1L, "supplies", Map.of("title", "Tray mine"));
    fixture.submit(2L, "supplies", Map.of("title", "Tray theirs"));
    fixture.kit.access().rows("forms:supplies", "view", Set.of(1L), Set.of());

    assertThat(find("tray")).extracting(SearchHit::title).containsExactly("Tray mine");

    fixture.kit.access().rows("forms:supplies", "view", Set.of(), Set.of());
    assertThat(find("tray")).isEmpty();

    fixture.kit.access().rows("forms:supplies", "view", Set.of(1L, 2L), Set.of());
    fixture.kit.user().signIn("bob", "forms:use", "forms:supplies:create");
    assertThat(find("tray")).isEmpty();
  }

  @Test
  void deletedRecordsAreNotFoundAndEachFormGivesAFewHits() {
    RecordData gone = fixture.submit(1L, "supplies", Map.of("title", "Old box"));
    fixture.records.delete("supplies", List.of(gone.id()));
    assertThat(find("box")).isEmpty();

    for (int i = 0; i < 5; i++) {
      fixture.submit(1L, "supplies", Map.of("title", "Box " + i));
    }
    fixture.publish("more", FormsFixture.supplies("more"));
    fixture.submit(1L, "more", Map.of("title", "Box in another form"));

    List<SearchHit> hits = find("box");
    assertThat(hits).hasSize(FormsSearchProvider.PER_FORM + 1);
    assertThat(hits).filteredOn(h -> h.link().contains("form=supplies&")).hasSize(FormsSearchProvider.PER_FORM)
        // the newest first among equally good matches
        .extracting(SearchHit::title).containsExactly("Box 4", "Box 3", "Box 2");
    assertThat(search.search("box", Locale.ENGLISH, 2)).hasSize(2);
  }

  @Test
  void aChangedRecordIsFoundByItsNewTextAndARestoredOneAgain() {
    RecordData lamp = fixture.submit(1L, "supplies", Map.of("title", "Desk lamp"));
    assertThat(find("lamp")).hasSize(1);

    fixture.records.update("supplies", lamp.id(), lamp.version(), Map.of("title", "Desk fan"));
    assertThat(find("lamp")).isEmpty();
    assertThat(find("fan")).extracting(SearchHit::title).containsExactly("Desk fan");

    fixture.records.delete("supplies", List.of(lamp.id()));
    assertThat(find("fan")).isEmpty();
    fixture.records.restore("supplies", List.of(lamp.id()));
    assertThat(find("fan")).extracting(SearchHit::title).containsExactly("Desk fan");
  }

  @Test
  void chineseTextIsFoundByAnyTwoNeighbouringCharactersAndEnglishByTheStartOfAWord() {
    fixture.submit(1L, "supplies", Map.of("title", "办公室打印纸", "kind", "A4 paper"));
    fixture.submit(1L, "supplies", Map.of("title", "打开的纸箱"));

    assertThat(find("打印纸")).extracting(SearchHit::title).containsExactly("办公室打印纸");
    assertThat(find("打印 pap")).extracting(SearchHit::title).containsExactly("办公室打印纸");
    assertThat(find("纸")).hasSize(2);
    assertThat(find("印打")).isEmpty();
  }

  @Test
  void whileTheIndexIsNotBuiltTheTablesAreScanned() {
    fixture.submit(1L, "supplies", Map.of("title", "Stapler"));
    RecordSearchIndex building = new RecordSearchIndex(fixture.indexFolder().resolveSibling("other"),
        fixture.forms, fixture.store, fixture.changes, fixture.kit.transactions(), fixture.kit.clock(), false);
    try {
      fixture.kit.register(RecordSearchIndex.class, building);
      FormsSearchProvider scanning = fixture.kit.create(FormsSearchProvider.class);

      assertThat(building.ready()).isFalse();
      // the scan finds any part of a value
      assertThat(scanning.search("tapl", Locale.ENGLISH, 10)).extracting(SearchHit::title).containsExactly("Stapler");
      assertThat(find("tapl")).as("the index, built").isEmpty();
    } finally {
      building.close();
    }
  }
}

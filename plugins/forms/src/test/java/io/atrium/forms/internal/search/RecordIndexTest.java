package io.atrium.forms.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.security.RowFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: Chinese and English text, replacing and removing documents, the cursor in its commits. */
class RecordIndexTest {

  private static final Set<String> TITLE = Set.of(RecordDocuments.field("f1"), RecordDocuments.SERIAL);

  @TempDir
  Path folder;
  private RecordIndex index;

  @BeforeEach
  void open() throws IOException {
    index = RecordIndex.open(folder);
    index.startBuilding();
    index.built(0);
  }

  @AfterEach
  void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  private static RecordDocument record(long id, Long owner, String title) {
    return new RecordDocument("supplies", id, owner, null, "YP-" + id, Map.of("f1", title));
  }

  private List<Long> find(String text) throws IOException {
    return find(text, TITLE, everything());
  }

  private List<Long> find(String text, Set<String> fields, RowFilter rows) throws IOException {
    return index.search(IndexQuery.of("supplies", text, fields, rows), 10).stream().map(IndexHit::recordId).toList();
  }

  @Test
  void findsChineseByCharacterPairsAndEnglishByWordsAndTheirStarts() throws IOException {
    index.put(record(1, 1L, "季度办公用品采购 Printer paper"));
    index.put(record(2, 1L, "会议室投影仪"));
    index.put(record(3, 1L, "Ｐｒｉｎｔｅｒ ink"));
    index.advance(3);

    assertThat(find("办公用品")).containsExactly(1L);
    assertThat(find("采购")).containsExactly(1L);
    assertThat(find("投影")).containsExactly(2L);
    assertThat(find("购采")).as("characters in another order").isEmpty();
    assertThat(find("printer")).as("full-width letters folded, newest first").containsExactly(3L, 1L);
    assertThat(find("PRINT")).as("the last word may be the start of one").containsExactly(3L, 1L);
    assertThat(find("print paper")).as("earlier words are whole").isEmpty();
    assertThat(find("paper print")).containsExactly(1L);
    assertThat(find("yp-2")).as("the serial").containsExactly(2L);
    assertThat(IndexQuery.of("supplies", " ·,; ", TITLE, everything())).isNull();
  }

  @Test
  void onlyTheFieldsAndRowsGivenAreSearched() throws IOException {
    index.put(new RecordDocument("supplies", 1, 7L, 70L, null, Map.of("f1", "toner", "f2", "classified")));
    index.put(new RecordDocument("supplies", 2, 8L, 80L, null, Map.of("f1", "toner")));
    index.put(new RecordDocument("other", 3, 7L, 70L, null, Map.of("f1", "toner")));
    index.advance(1);

    assertThat(find("classified")).isEmpty();
    assertThat(find("classified", Set.of(RecordDocuments.field("f2")), everything())).containsExactly(1L);
    assertThat(find("toner", TITLE, rows(Set.of(8L), Set.of()))).containsExactly(2L);
    assertThat(find("toner", TITLE, rows(Set.of(), Set.of(70L)))).containsExactly(1L);
    assertThat(IndexQuery.of("supplies", "toner", TITLE, rows(Set.of(), Set.of()))).as("no rows").isNull();
  }

  @Test
  void putReplacesARecordAndRemoveTakesItOutAgainAndAgain() throws IOException {
    index.put(record(1, 1L, "desk lamp"));
    index.put(record(1, 1L, "desk lamp"));
    index.advance(1);
    assertThat(find("lamp")).containsExactly(1L);
    assertThat(index.size()).isEqualTo(1);

    index.put(record(1, 1L, "desk fan"));
    index.advance(2);
    assertThat(find("lamp")).isEmpty();
    assertThat(find("fan")).containsExactly(1L);

    index.remove("supplies", 1);
    index.remove("supplies", 1);
    index.advance(3);
    assertThat(find("fan")).isEmpty();

    index.put(record(1, 1L, "desk fan"));
    index.put(record(2, 1L, "ceiling fan"));
    index.removeForm("supplies");
    index.advance(4);
    assertThat(find("fan")).isEmpty();
  }

  @Test
  void theCursorAndReadinessAreKeptInTheCommit() throws IOException {
    index.put(record(1, 1L, "stapler"));
    index.advance(41);
    index.commit();
    index.put(record(2, 1L, "stapler refill"));
    index.advance(42);
    index.close();

    index = RecordIndex.open(folder);
    assertThat(index.ready()).isTrue();
    assertThat(index.cursor()).as("closing commits").isEqualTo(42);
    assertThat(find("stapler")).containsExactlyInAnyOrder(1L, 2L);

    index.startBuilding();
    assertThat(index.ready()).isFalse();
    index.advance(50);
    index.commit();
    index.close();
    index = RecordIndex.open(folder);
    assertThat(index.ready()).as("a build that did not finish").isFalse();
    assertThat(index.cursor()).isZero();
  }

  @Test
  void aDamagedIndexIsStartedAgainEmptyAndNotReady() throws IOException {
    index.put(record(1, 1L, "stapler"));
    index.built(7);
    index.close();
    index = null;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(file, new byte[] {1, 2, 3, 4});
      }
    }

    index = RecordIndex.open(folder);
    assertThat(index.ready()).isFalse();
    assertThat(index.size()).isZero();
  }

  @Test
  void anIndexOpenElsewhereIsNotTouched() throws IOException {
    index.put(record(1, 1L, "stapler"));
    index.built(7);

    assertThatThrownBy(() -> RecordIndex.open(folder)).isInstanceOf(LockObtainFailedException.class);
    assertThat(find("stapler")).containsExactly(1L);
  }

  private static RowFilter everything() {
    return rows(null, null);
  }

  /** A row filter: every row when both are null. */
  private static RowFilter rows(Set<Long> owners, Set<Long> departments) {
    return new RowFilter() {
      @Override
      public boolean all() {
        return owners == null;
      }

      @Override
      public Set<Long> ownerIds() {
        return owners == null ? Set.of() : owners;
      }

      @Override
      public Set<Long> departmentIds() {
        return departments == null ? Set.of() : departments;
      }
    };
  }
}

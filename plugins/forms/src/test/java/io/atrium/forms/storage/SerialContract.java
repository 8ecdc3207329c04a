package io.atrium.forms.storage;

import static io.atrium.forms.storage.F.schema;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Serial numbers: per period, gap-free when a submit rolls back, unique under concurrent submits. */
abstract class SerialContract extends StorageContract {

  private FormLayout layout;

  @BeforeEach
  void publishSerialForm() {
    layout = publish(schema("claim", F.of("f1", "number", FieldType.SERIAL).serial("BX-{yyyyMMdd}-{seq:4}").build(),
        F.of("f2", "yearly", FieldType.SERIAL).serial("Y{yy}{seq}").build(),
        F.of("f3", "note", FieldType.TEXT).build()));
  }

  private RecordData submit(String note) {
    return insert(layout, Map.of("note", note));
  }

  @Test
  void numbersRunPerPeriodInTheCompanysTimeZone() {
    assertThat(submit("a").values()).containsEntry("number", "BX-20260105-0001").containsEntry("yearly", "Y261");
    RecordData second = submit("b");
    assertThat(second.value("number")).isEqualTo("BX-20260105-0002");
    assertThat(second.serial()).isEqualTo("BX-20260105-0002");
    assertThat(second.value("yearly")).isEqualTo("Y262");
    // 2026-01-05T16:30Z is already the 6th in Shanghai
    db.advanceClock(Duration.ofHours(15).plusMinutes(30));
    assertThat(submit("c").values()).containsEntry("number", "BX-20260106-0001").containsEntry("yearly", "Y263");
    assertThat(db.records().get(layout, second.id()).orElseThrow().serial()).isEqualTo("BX-20260105-0002");
  }

  @Test
  void aRolledBackSubmitGivesItsNumberBack() {
    submit("a");
    db.transactions().required(() -> {
      assertThat(submit("rolled back").value("number")).isEqualTo("BX-20260105-0002");
      db.transactions().setRollbackOnly();
      return null;
    });
    assertThat(submit("b").value("number")).isEqualTo("BX-20260105-0002");
    assertThat(db.number("SELECT COUNT(*) FROM " + layout.table())).isEqualTo(2);
  }

  @Test
  void concurrentSubmitsGetEveryNumberOnceWithoutGaps() throws Exception {
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<List<String>> work = () -> {
        start.await();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          int n = i;
          // every fifth submit fails after taking its number: the number must come back
          if (n % 5 == 4) {
            try {
              db.transactions().required(() -> {
                submit("failing " + thread + "/" + n);
                throw new IllegalStateException("validation failed after the insert");
              });
            } catch (IllegalStateException expected) {
              // rolled back
            }
          }
          numbers.add((String) db.transactions().required(() -> submit(thread + "/" + n)).value("number"));
        }
        return numbers;
      };
      results.add(pool.submit(work));
    }
    start.countDown();
    List<String> all = new ArrayList<>();
    for (Future<List<String>> result : results) {
      all.addAll(result.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();

    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= threads * perThread; i++) {
      expected.add(String.format("BX-20260105-%04d", i));
    }
    Collections.sort(all);
    assertThat(all).isEqualTo(expected);
    assertThat(db.column("SELECT c1 FROM " + layout.table() + " ORDER BY c1")).isEqualTo(new ArrayList<>(expected));
  }

  @Test
  void draftsWaitForTheirNumberUntilSubmitted() {
    RecordData draft = db.records().insert(layout, Map.of("note", "draft"), new NewRecord(7L, 3L, RecordStatus.DRAFT,
        7L, db.clock().now()));
    submit("a");
    assertThat(draft.value("number")).isNull();
    assertThat(db.records().setStatus(layout, draft.id(), -1, RecordStatus.SUBMITTED, stamp()).value("number"))
        .isEqualTo("BX-20260105-0002");
  }
}

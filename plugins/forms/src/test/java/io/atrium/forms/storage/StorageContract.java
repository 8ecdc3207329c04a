package io.atrium.forms.storage;

import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordStatus;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that run on H2 and on PostgreSQL: a fresh database per test. */
abstract class StorageContract {

  protected StorageHarness db;

  /** A new database with the plugin's migrations. */
  protected abstract StorageHarness newHarness();

  @BeforeEach
  void open() {
    db = newHarness();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  /** Creates the form if needed and publishes the schema; returns the layout of the new version. */
  protected FormLayout publish(FormSchema schema) {
    StoredForm form = db.forms().find(schema.key()).orElseGet(() -> db.forms().create(schema.key(), "{}", 1L));
    PublishResult result = db.publisher().publish(form.id(), schema, "{\"key\":\"" + schema.key() + "\"}", null, -1,
        1L);
    return FormLayout.of(form.id(), result.version().version(), schema, result.allocation());
  }

  /** The plan of publishing the schema to an existing form. */
  protected MigrationPlan plan(FormSchema schema) {
    return db.publisher().plan(db.forms().find(schema.key()).orElseThrow().id(), schema);
  }

  /** Inserts a submitted record owned by user 7 of department 3. */
  protected RecordData insert(FormLayout layout, Map<String, ?> values) {
    return db.records().insert(layout, values, new NewRecord(7L, 3L, RecordStatus.SUBMITTED, 7L, db.clock().now()));
  }

  /** A stamp of user 8 now. */
  protected Stamp stamp() {
    return new Stamp(8L, db.clock().now());
  }
}

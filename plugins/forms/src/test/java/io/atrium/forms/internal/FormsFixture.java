package io.atrium.forms.internal;

import io.atrium.forms.storage.FormPublisher;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.RecordAggregates;
import io.atrium.forms.storage.RecordChanges;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.UniqueValues;
import io.atrium.forms.storage.internal.JdbcFormPublisher;
import io.atrium.forms.storage.internal.JdbcFormStore;
import io.atrium.forms.storage.internal.JdbcRecordAggregates;
import io.atrium.forms.storage.internal.JdbcRecordChanges;
import io.atrium.forms.storage.internal.JdbcRecordStore;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.testkit.PluginTestKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The forms plugin's components on the test kit's H2, wired as Declarative Services would: forms
 * are created and published through the catalog, records filled in through {@link DefaultFormRecords}.
 * The user is {@code admin} with every permission, reading English.
 */
final class FormsFixture implements AutoCloseable {

  final PluginTestKit kit = PluginTestKit.forPlugin("forms").user("admin", "*").start();
  final RecordStore store;
  final RecordAggregates aggregates;
  final PublishedForms forms;
  final DefaultFormCatalog catalog;
  final DefaultFormRecords records;
  final RecordChanges changes;
  private Path indexFolder;
  private RecordSearchIndex searchIndex;

  FormsFixture() {
    kit.user().locale(Locale.ENGLISH);
    JdbcFormStore formStore = new JdbcFormStore(kit.persistence(), kit.transactions(), kit.clock());
    kit.register(FormStore.class, formStore);
    kit.register(FormPublisher.class, new JdbcFormPublisher(kit.persistence(), kit.transactions(), formStore));
    JdbcRecordStore recordStore = new JdbcRecordStore(kit.persistence(), kit.transactions(), kit.clock(), kit.user());
    store = recordStore;
    kit.register(RecordStore.class, recordStore);
    kit.register(UniqueValues.class, recordStore);
    aggregates = new JdbcRecordAggregates(kit.persistence(), kit.transactions(), kit.clock());
    kit.register(RecordAggregates.class, aggregates);
    changes = new JdbcRecordChanges(kit.persistence(), kit.transactions(), kit.clock());
    kit.register(RecordChanges.class, changes);
    forms = kit.create(PublishedForms.class);
    kit.register(PublishedForms.class, forms);
    catalog = kit.create(DefaultFormCatalog.class);
    records = kit.create(DefaultFormRecords.class);
  }

  /**
   * This node's records search index in a temporary folder, built on first use and registered for
   * components created later; no background thread: {@link RecordSearchIndex#step} runs when called.
   */
  RecordSearchIndex searchIndex() {
    if (searchIndex == null) {
      try {
        indexFolder = Files.createTempDirectory("forms-index-");
        searchIndex = new RecordSearchIndex(indexFolder.resolve("search-index"), forms, store, changes,
            kit.transactions(), kit.clock(), false);
        searchIndex.step();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      kit.register(RecordSearchIndex.class, searchIndex);
    }
    return searchIndex;
  }

  /** The folder of the search index, once {@link #searchIndex()} made it. */
  Path indexFolder() {
    return indexFolder.resolve("search-index");
  }

  /** Creates and publishes a form from its schema JSON. */
  void publish(String key, String schemaJson) {
    catalog.create(schemaJson);
    catalog.publish(key);
  }

  /** Submits a record as the user with that id. */
  RecordData submit(long userId, String formKey, Map<String, ?> values) {
    kit.user().userId(userId);
    try {
      return records.create(formKey, values, true);
    } finally {
      kit.user().userId(1L);
    }
  }

  /** A form {@code key} named Supplies with the text fields title and secret, kind, amount (2 decimals) and day. */
  static String supplies(String key) {
    return """
        {"key": "%s", "name": {"zh-CN": "用品", "en": "Supplies"},
         "sections": [{"title": "S", "columns": 1, "fields": [
           {"name": "title", "type": "text", "label": "Title"},
           {"name": "secret", "type": "text", "label": "Secret"},
           {"name": "kind", "type": "text", "label": "Kind"},
           {"name": "amount", "type": "decimal", "label": "Amount", "scale": 2},
           {"name": "day", "type": "date", "label": "Day"}]}]}""".formatted(key);
  }

  @Override
  public void close() {
    if (searchIndex != null) {
      searchIndex.close();
      delete(indexFolder);
    }
    kit.close();
  }

  private static void delete(Path folder) {
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.atrium.forms.internal;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormRecords;
import io.atrium.forms.RecordExports;
import io.atrium.forms.RecordImports;
import io.atrium.forms.storage.FormPublisher;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.UniqueValues;
import io.atrium.forms.storage.internal.JdbcFormPublisher;
import io.atrium.forms.storage.internal.JdbcFormStore;
import io.atrium.forms.storage.internal.JdbcRecordStore;
import io.atrium.sdk.testkit.PluginTestKit;
import java.util.Locale;

/** The forms plugin's services wired as Declarative Services would, on the test kit's H2. */
final class ImportsFixture implements AutoCloseable {

  final PluginTestKit kit;
  final FormCatalog catalog;
  final FormRecords records;
  final DefaultRecordImports imports;
  final RecordExports exports;

  ImportsFixture(String... permissions) {
    kit = PluginTestKit.forPlugin("forms").user("alice", permissions).start();
    kit.user().userId(7);
    kit.user().locale(Locale.ENGLISH);
    kit.register(FormStore.class, kit.create(JdbcFormStore.class));
    kit.register(FormPublisher.class, kit.create(JdbcFormPublisher.class));
    JdbcRecordStore store = kit.create(JdbcRecordStore.class);
    kit.register(RecordStore.class, store).register(UniqueValues.class, store);
    kit.register(PublishedForms.class, kit.create(PublishedForms.class));
    catalog = kit.create(DefaultFormCatalog.class);
    records = kit.create(DefaultFormRecords.class);
    imports = kit.create(DefaultRecordImports.class);
    exports = kit.create(DefaultRecordExports.class);
    kit.register(RecordImports.class, imports);
  }

  /** Creates and publishes a form from its JSON schema. */
  void publish(String schemaJson, String key) {
    catalog.create(schemaJson);
    catalog.publish(key);
  }

  @Override
  public void close() {
    imports.stop();
    kit.close();
  }
}

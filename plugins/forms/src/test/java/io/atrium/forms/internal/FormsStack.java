package io.atrium.forms.internal;

import io.atrium.forms.AppTemplates;
import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormRecords;
import io.atrium.forms.Intakes;
import io.atrium.forms.storage.FormPublisher;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.UniqueValues;
import io.atrium.forms.storage.internal.JdbcFormPublisher;
import io.atrium.forms.storage.internal.JdbcFormStore;
import io.atrium.forms.storage.internal.JdbcRecordStore;
import io.atrium.sdk.testkit.PluginTestKit;

/** The forms plugin's services wired as Declarative Services would, on the test kit's database. */
final class FormsStack implements AutoCloseable {

  final PluginTestKit kit;
  final FormCatalog catalog;
  final FormRecords records;
  final Intakes intakes;
  final AppTemplates templates;

  FormsStack() {
    kit = PluginTestKit.forPlugin("forms").start();
    kit.user().userId(kit.directory().person("tester", "测试员", null, null));
    FormStore store = kit.create(JdbcFormStore.class);
    kit.register(FormStore.class, store);
    JdbcRecordStore recordStore = kit.create(JdbcRecordStore.class);
    kit.register(RecordStore.class, recordStore);
    kit.register(UniqueValues.class, recordStore);
    kit.register(PublishedForms.class, kit.create(PublishedForms.class));
    kit.register(FormPublisher.class, kit.create(JdbcFormPublisher.class));
    catalog = kit.create(DefaultFormCatalog.class);
    kit.register(FormCatalog.class, catalog);
    records = kit.create(DefaultFormRecords.class);
    kit.register(IntakeStore.class, kit.create(IntakeStore.class));
    intakes = kit.create(DefaultIntakes.class);
    templates = kit.create(DefaultAppTemplates.class);
  }

  @Override
  public void close() {
    kit.close();
  }
}

package io.atrium.forms.internal;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormRecords;
import io.atrium.forms.storage.FormPublisher;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.UniqueValues;
import io.atrium.forms.storage.internal.JdbcFormPublisher;
import io.atrium.forms.storage.internal.JdbcFormStore;
import io.atrium.forms.storage.internal.JdbcRecordStore;
import io.atrium.sdk.testkit.PluginTestKit;
import java.util.Locale;

/**
 * The forms plugin's services wired on the test kit as Declarative Services would wire them,
 * with one published form {@code claims}: a title, an amount, a secret note, an attachment,
 * an image and a serial number.
 */
final class RecordsFixture implements AutoCloseable {

  static final String KEY = "claims";

  static final String SCHEMA = """
      {"key": "claims", "name": {"zh-CN": "报销", "en": "Claims"},
       "sections": [{"columns": 1, "fields": [
         {"name": "no", "type": "serial", "label": {"zh-CN": "编号", "en": "No."}, "serialPattern": "BX-{seq:3}"},
         {"name": "title", "type": "text", "label": {"zh-CN": "事由", "en": "Title"}, "required": true},
         {"name": "amount", "type": "decimal", "label": {"zh-CN": "金额", "en": "Amount"}, "scale": 2},
         {"name": "note", "type": "text", "label": {"zh-CN": "备注", "en": "Note"}},
         {"name": "receipt", "type": "attachment", "label": {"zh-CN": "附件", "en": "Receipt"}},
         {"name": "photo", "type": "image", "label": {"zh-CN": "照片", "en": "Photo"}}]}]}
      """;

  final PluginTestKit kit;
  final FormCatalog catalog;
  final FormRecords records;

  RecordsFixture() {
    kit = PluginTestKit.forPlugin("forms").user("designer", "forms:use", "forms:design", "forms:claims:create",
        "forms:claims:view", "forms:claims:edit", "forms:claims:delete").start();
    kit.user().locale(Locale.ENGLISH);
    kit.user().userId(kit.directory().person("designer", "Dora Designer", null, null));
    JdbcFormStore formStore = kit.create(JdbcFormStore.class);
    kit.register(FormStore.class, formStore);
    JdbcRecordStore recordStore = kit.create(JdbcRecordStore.class);
    kit.register(RecordStore.class, recordStore);
    kit.register(UniqueValues.class, recordStore);
    kit.register(FormPublisher.class, kit.create(JdbcFormPublisher.class));
    kit.register(PublishedForms.class, kit.create(PublishedForms.class));
    catalog = kit.create(DefaultFormCatalog.class);
    kit.register(FormCatalog.class, catalog);
    records = kit.create(DefaultFormRecords.class);
    kit.register(FormRecords.class, records);
    catalog.create(SCHEMA);
    catalog.publish(KEY);
  }

  /** Signs in another user with these permissions; returns their id. */
  long signIn(String username, String... permissions) {
    long id = kit.directory().personByUsername(username).map(p -> p.id())
        .orElseGet(() -> kit.directory().person(username, username.toUpperCase(Locale.ROOT), null, null));
    kit.user().signIn(username, permissions);
    kit.user().userId(id);
    kit.user().locale(Locale.ENGLISH);
    return id;
  }

  @Override
  public void close() {
    kit.close();
  }
}

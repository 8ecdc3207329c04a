package io.atrium.forms.internal.search;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/** The Lucene document of a record and the names of its fields. */
public final class RecordDocuments {

  /** The form's key, exact; stored. */
  static final String FORM = "form";
  /** {@code <form key>/<record id>}, exact: what an update or delete replaces. */
  static final String KEY = "key";
  /** The record id: stored, and a doc value to sort newer records first. */
  static final String ID = "id";
  /** The owner's user id, as a point. */
  static final String OWNER = "owner";
  /** The owning department's id, as a point. */
  static final String DEPARTMENT = "department";
  /** The serial number, analyzed; searched for everyone, as in the records list. */
  public static final String SERIAL = "serial";

  private static final String FIELD_PREFIX = "f.";

  private RecordDocuments() {
  }

  /** The index field of a form field, by the field's stable key. */
  public static String field(String fieldKey) {
    return FIELD_PREFIX + fieldKey;
  }

  /** The term that names one record's document. */
  static Term key(String formKey, long recordId) {
    return new Term(KEY, formKey + "/" + recordId);
  }

  /** The term all documents of a form have. */
  static Term form(String formKey) {
    return new Term(FORM, formKey);
  }

  /** The document of a record. */
  static Document of(RecordDocument record) {
    Document document = new Document();
    document.add(new StringField(FORM, record.formKey(), Field.Store.YES));
    document.add(new StringField(KEY, key(record.formKey(), record.recordId()).text(), Field.Store.NO));
    document.add(new StoredField(ID, record.recordId()));
    document.add(new NumericDocValuesField(ID, record.recordId()));
    if (record.ownerId() != null) {
      document.add(new LongPoint(OWNER, record.ownerId()));
    }
    if (record.departmentId() != null) {
      document.add(new LongPoint(DEPARTMENT, record.departmentId()));
    }
    if (record.serial() != null) {
      document.add(new TextField(SERIAL, record.serial(), Field.Store.NO));
    }
    for (Map.Entry<String, String> text : record.texts().entrySet()) {
      document.add(new TextField(field(text.getKey()), text.getValue(), Field.Store.NO));
    }
    return document;
  }
}

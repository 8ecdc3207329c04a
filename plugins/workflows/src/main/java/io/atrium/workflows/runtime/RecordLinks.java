package io.atrium.workflows.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a user handles a record: the forms record page for form records, else the to-do center. */
public final class RecordLinks {

  private static final String FORMS = "forms.";

  private RecordLinks() {
  }

  /** The path of the record's page on this server. */
  public static String of(RecordRef ref) {
    if (ref.sourceKey().startsWith(FORMS)) {
      // forms registers its records as "forms.<formKey>" and shows them on record.xhtml
      String form = ref.sourceKey().substring(FORMS.length());
      return "/forms/record.xhtml?form=" + URLEncoder.encode(form, StandardCharsets.UTF_8) + "&id=" + ref.id();
    }
    return "/todo.xhtml";
  }
}

package io.atrium.forms;

import java.util.List;
import java.util.Optional;

/**
 * Printing records with their form's print template, as the calling user: the print view, the PDF,
 * and the template designers edit (see {@link io.atrium.forms.print.PrintTemplate}).
 */
public interface RecordPrints {

  /**
   * A form's print template for the editor.
   *
   * @param text the saved template, else the default one made from the schema
   * @param saved whether a designer saved it
   * @param placeholders the names the template may use
   */
  record Template(String text, boolean saved, List<String> placeholders) {
  }

  /**
   * A record filled into its form's template.
   *
   * @param title the form's name and the record's serial, for the page's title and the PDF's
   * @param body XHTML for the inside of {@code <body>}, values escaped and field access applied
   */
  record Printout(String title, String body) {
  }

  /**
   * The template of a published form ({@code forms:design}).
   *
   * @throws FormNotFoundException when the form is not published
   */
  Template template(String formKey);

  /**
   * Saves a form's template ({@code forms:design}); published records print with it at once.
   *
   * @throws io.atrium.forms.print.InvalidTemplateException naming the line and placeholder at fault; nothing is saved
   */
  void saveTemplate(String formKey, String text);

  /** Drops a form's saved template, so it prints with the default one again ({@code forms:design}). */
  void resetTemplate(String formKey);

  /**
   * A record filled into a template text that is not saved yet, for the editor's preview
   * ({@code forms:design}); the newest record the caller may view, or empty values when there is none.
   *
   * @throws io.atrium.forms.print.InvalidTemplateException as when saving
   */
  Printout preview(String formKey, String text);

  /**
   * A record the caller may view, filled into its form's template; empty when the form is not
   * published, there is no such record or the row scope hides it.
   *
   * @throws io.atrium.sdk.security.AccessDeniedException without the form's view permission
   */
  Optional<Printout> printout(String formKey, long id);

  /**
   * The printout of a record as a PDF; empty as for {@link #printout}.
   *
   * @throws io.atrium.sdk.security.AccessDeniedException without the form's view permission
   */
  Optional<byte[]> pdf(String formKey, long id);
}

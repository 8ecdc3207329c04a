package io.atrium.forms.web;

import io.atrium.forms.storage.internal.Jdbc;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The saved print templates, one per form, in the plugin's table {@code forms_print_template}. */
final class PrintTemplates {

  private final Jdbc jdbc;
  private final String table;

  PrintTemplates(PluginPersistence persistence, Transactions transactions) {
    this.jdbc = new Jdbc(persistence, transactions);
    this.table = persistence.tablePrefix() + "print_template";
  }

  /** The saved template of a form. */
  Optional<String> find(String formKey) {
    return jdbc.required("Reading the print template of " + formKey, c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT template FROM " + table + " WHERE form_key = ?")) {
        select.setString(1, formKey);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** Saves a form's template, replacing the one it had. */
  void save(String formKey, String template, Long userId, Instant now) {
    jdbc.required("Saving the print template of " + formKey, c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE " + table
          + " SET template = ?, updated_by = ?, updated_at = ? WHERE form_key = ?")) {
        update.setString(1, template);
        update.setObject(2, userId);
        update.setObject(3, Jdbc.utc(now));
        update.setString(4, formKey);
        if (update.executeUpdate() == 1) {
          return null;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
          + " (form_key, template, updated_by, updated_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, formKey);
        insert.setString(2, template);
        insert.setObject(3, userId);
        insert.setObject(4, Jdbc.utc(now));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** Drops a form's template. */
  void delete(String formKey) {
    jdbc.required("Dropping the print template of " + formKey, c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE form_key = ?")) {
        delete.setString(1, formKey);
        return delete.executeUpdate();
      }
    });
  }
}

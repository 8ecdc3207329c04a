package io.atrium.forms.internal;

import io.atrium.forms.IntakeSettings;
import io.atrium.forms.storage.internal.Jdbc;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The intake settings in {@code forms_intake} and the signing key in {@code forms_intake_key}. */
@Component(service = IntakeStore.class)
public class IntakeStore {

  private static final String COLUMNS = "form_key, slug, enabled, thank_you, owner_id, excluded, updated_at";

  private final Jdbc jdbc;
  private final String intake;
  private final String keys;

  /** Declarative Services injects the persistence. */
  @Activate
  public IntakeStore(@Reference PluginPersistence persistence, @Reference Transactions transactions) {
    this.jdbc = new Jdbc(persistence, transactions);
    this.intake = persistence.tablePrefix() + "intake";
    this.keys = persistence.tablePrefix() + "intake_key";
  }

  /** The settings of a form. */
  Optional<IntakeSettings> byForm(String formKey) {
    return one("select " + COLUMNS + " from " + intake + " where form_key = ?", formKey);
  }

  /** The settings with a public slug. */
  Optional<IntakeSettings> bySlug(String slug) {
    return one("select " + COLUMNS + " from " + intake + " where slug = ?", slug);
  }

  /** Writes the settings of a form, inserting them the first time. */
  void save(IntakeSettings settings, Long updatedBy) {
    jdbc.required("Saving the intake settings of " + settings.formKey(), connection -> {
      String update = "update " + intake + " set slug = ?, enabled = ?, thank_you = ?, owner_id = ?, excluded = ?, "
          + "updated_by = ?, updated_at = ? where form_key = ?";
      try (PreparedStatement statement = connection.prepareStatement(update)) {
        bind(statement, settings, updatedBy);
        statement.setString(8, settings.formKey());
        if (statement.executeUpdate() == 1) {
          return null;
        }
      }
      String insert = "insert into " + intake + " (slug, enabled, thank_you, owner_id, excluded, updated_by, "
          + "updated_at, form_key) values (?, ?, ?, ?, ?, ?, ?, ?)";
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        bind(statement, settings, updatedBy);
        statement.setString(8, settings.formKey());
        statement.executeUpdate();
      }
      return null;
    });
  }

  /**
   * The key that signs intake pages: created at random by the first node that needs it, then the
   * same for every node and restart; a second node racing to create it reads the winner's.
   */
  byte[] signingKey(Instant now) {
    Optional<byte[]> stored = readKey();
    if (stored.isPresent()) {
      return stored.get();
    }
    try {
      jdbc.requiresNew("Creating the intake signing key", connection -> {
        try (PreparedStatement statement = connection.prepareStatement("insert into " + keys
            + " (id, secret, created_at) values (1, ?, ?)")) {
          statement.setString(1, Base64.getEncoder().encodeToString(IntakeTokens.newKey()));
          statement.setObject(2, Jdbc.utc(now));
          statement.executeUpdate();
        }
        return null;
      });
    } catch (RuntimeException e) {
      // another node created it first; its key is read below
    }
    return readKey().orElseThrow(() -> new IllegalStateException("The intake signing key could not be stored"));
  }

  private Optional<byte[]> readKey() {
    return jdbc.required("Reading the intake signing key", connection -> {
      try (PreparedStatement statement = connection.prepareStatement("select secret from " + keys + " where id = 1");
          ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(Base64.getDecoder().decode(rows.getString(1))) : Optional.<byte[]>empty();
      }
    });
  }

  private Optional<IntakeSettings> one(String sql, String value) {
    return jdbc.required("Reading intake settings", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, value);
        try (ResultSet rows = statement.executeQuery()) {
          if (!rows.next()) {
            return Optional.<IntakeSettings>empty();
          }
          long owner = rows.getLong("owner_id");
          Long ownerId = rows.wasNull() ? null : owner;
          String excluded = rows.getString("excluded");
          List<String> names = excluded == null || excluded.isBlank() ? List.of()
              : Arrays.stream(excluded.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
          return Optional.of(new IntakeSettings(rows.getString("form_key"), rows.getString("slug"),
              rows.getBoolean("enabled"), rows.getString("thank_you"), ownerId, names, Jdbc.instant(rows,
              "updated_at")));
        }
      }
    });
  }

  private static void bind(PreparedStatement statement, IntakeSettings settings, Long updatedBy) throws SQLException {
    statement.setString(1, settings.slug());
    statement.setBoolean(2, settings.enabled());
    statement.setString(3, settings.thankYou());
    if (settings.ownerId() == null) {
      statement.setNull(4, Types.BIGINT);
    } else {
      statement.setLong(4, settings.ownerId());
    }
    statement.setString(5, String.join(",", settings.excludedFields()));
    if (updatedBy == null) {
      statement.setNull(6, Types.BIGINT);
    } else {
      statement.setLong(6, updatedBy);
    }
    statement.setObject(7, Jdbc.utc(settings.updatedAt()));
  }
}

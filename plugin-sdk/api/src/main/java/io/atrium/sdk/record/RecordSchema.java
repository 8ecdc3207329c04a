package io.atrium.sdk.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of a source's records.
 *
 * @param key the source's key
 * @param name display name in the language of the call
 * @param resource the resource to ask {@code AccessService} about, e.g. {@code forms:expense-claim}
 * @param version the schema's version; grows when the owner publishes a change
 * @param fields the fields, in display order
 */
public record RecordSchema(String key, String name, String resource, int version, List<RecordField> fields) {

  /** Checks the parts. */
  public RecordSchema {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resource, "resource");
    fields = List.copyOf(fields);
  }

  /** The field with that name. */
  public Optional<RecordField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}

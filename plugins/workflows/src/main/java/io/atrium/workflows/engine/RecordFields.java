package io.atrium.workflows.engine;

import java.util.Map;

/** Reads a record's fields for conditions and field rules; the engine works on any record source. */
@FunctionalInterface
public interface RecordFields {

  /** The fields of a record by name, as they are now; values may be null. */
  Map<String, Object> fields(String recordRef);
}

package io.atrium.workflows.runtime;

import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordSource;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.engine.RecordFields;
import io.atrium.workflows.engine.RecordUpdates;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The record sources of the server by key (forms registers one per published form), and the
 * engine's {@link RecordFields} and {@link RecordUpdates} on them.
 */
@Component(service = RecordSources.class)
public class RecordSources implements RecordFields, RecordUpdates {

  private final Map<String, RecordSource> byKey = new ConcurrentHashMap<>();

  /** A source came up. */
  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
      unbind = "removeSource")
  void addSource(RecordSource source) {
    byKey.put(source.key(), source);
  }

  /** A source went away. */
  void removeSource(RecordSource source) {
    byKey.remove(source.key(), source);
  }

  /** A source by key. */
  public Optional<RecordSource> source(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The source of a reference.
   *
   * @throws WorkflowsInputException when there is no such source
   */
  public RecordSource sourceOf(RecordRef ref) {
    return source(ref.sourceKey()).orElseThrow(() -> new WorkflowsInputException(
        WorkflowsMessage.of("workflows.runtime.unknownSource", ref.sourceKey())));
  }

  /**
   * A record.
   *
   * @throws RecordNotFoundException when it does not exist or is deleted
   */
  public RecordData record(RecordRef ref) {
    return sourceOf(ref).get(ref.id()).filter(r -> !r.deleted())
        .orElseThrow(() -> new RecordNotFoundException(ref.sourceKey(), ref.id()));
  }

  @Override
  public Map<String, Object> fields(String recordRef) {
    return record(RecordRef.parse(recordRef)).values();
  }

  /** Writes a field for an automation node through the record's source, which validates it, in the step's transaction. */
  @Override
  public void setField(String recordRef, String field, Object value) {
    RecordRef ref = RecordRef.parse(recordRef);
    RecordData record = record(ref);
    Map<String, Object> change = new HashMap<>();
    change.put(field, value);
    sourceOf(ref).update(ref.id(), record.version(), change);
  }
}

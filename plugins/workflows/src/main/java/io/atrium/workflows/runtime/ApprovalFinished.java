package io.atrium.workflows.runtime;

import io.atrium.sdk.event.EventPublisher;
import io.atrium.workflows.engine.EngineEvent;
import io.atrium.workflows.engine.ProcessInstance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event an approval's end publishes in the action's transaction, so that automation rules hear
 * of it through the outbox after commit: topic {@value #TOPIC}, keyed by the instance.
 */
public final class ApprovalFinished {

  /** The topic. */
  public static final String TOPIC = "workflows/approval/finished";
  /** Payload key: the record source. */
  public static final String SOURCE = "source";
  /** Payload key: the record id. */
  public static final String ID = "id";
  /** Payload key: the process definition key. */
  public static final String PROCESS = "process";
  /** Payload key: {@code approved}, {@code rejected} or {@code withdrawn}. */
  public static final String OUTCOME = "outcome";
  /** Payload key: the instance id. */
  public static final String INSTANCE = "instance";

  private ApprovalFinished() {
  }

  /** Publishes the end, if the events hold one. */
  static void publish(EventPublisher events, ProcessInstance instance, List<EngineEvent> happened) {
    for (EngineEvent event : happened) {
      if (event instanceof EngineEvent.Ended ended) {
        RecordRef ref = RecordRef.parse(instance.recordRef());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(SOURCE, ref.sourceKey());
        payload.put(ID, ref.id());
        payload.put(PROCESS, instance.definitionKey());
        payload.put(OUTCOME, ended.status().name().toLowerCase(Locale.ROOT));
        payload.put(INSTANCE, instance.id());
        events.publish(TOPIC, "finished:" + instance.id(), payload);
      }
    }
  }
}

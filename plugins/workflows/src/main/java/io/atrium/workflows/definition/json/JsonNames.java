package io.atrium.workflows.definition.json;

import io.atrium.workflows.definition.ApprovalMode;
import io.atrium.workflows.definition.Counting;
import io.atrium.workflows.definition.FieldAccess;
import io.atrium.workflows.definition.Escalation;
import io.atrium.workflows.definition.RejectPolicy;
import io.atrium.workflows.definition.WhenNobody;
import io.atrium.workflows.definition.WhenSubmitter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON names of the enumerations, shared by reader and writer so that they cannot drift apart. */
final class JsonNames {

  static final Map<String, ApprovalMode.Kind> MODES = names(
      "sequential", ApprovalMode.Kind.SEQUENTIAL, "countersign", ApprovalMode.Kind.COUNTERSIGN,
      "orSign", ApprovalMode.Kind.OR_SIGN, "vote", ApprovalMode.Kind.VOTE);
  static final Map<String, WhenNobody> WHEN_NOBODY = names(
      "autoApprove", WhenNobody.AUTO_APPROVE, "routeToAdmin", WhenNobody.ROUTE_TO_ADMIN, "reject", WhenNobody.REJECT);
  static final Map<String, WhenSubmitter> WHEN_SUBMITTER = names(
      "skip", WhenSubmitter.SKIP, "selfApprove", WhenSubmitter.SELF_APPROVE, "manager", WhenSubmitter.MANAGER);
  static final Map<String, RejectPolicy> ON_REJECT = names(
      "end", RejectPolicy.END, "backToSubmitter", RejectPolicy.BACK_TO_SUBMITTER);

  static final Map<String, FieldAccess> FIELD_ACCESS = names(
      "hidden", FieldAccess.HIDDEN, "read", FieldAccess.READ, "write", FieldAccess.WRITE);

  static final Map<String, Counting> COUNTING = names(
      "calendar", Counting.CALENDAR, "workingTime", Counting.WORKING_TIME, "workingDays", Counting.WORKING_DAYS);
  static final Map<String, Escalation> ESCALATIONS = names(
      "autoApprove", Escalation.AUTO_APPROVE, "autoReject", Escalation.AUTO_REJECT, "toManager", Escalation.TO_MANAGER,
      "notifyAdmin", Escalation.NOTIFY_ADMIN);

  private JsonNames() {
  }

  /** The JSON name of a value of one of the maps. */
  static <E> String name(Map<String, E> names, E value) {
    return names.entrySet().stream().filter(e -> e.getValue() == value).findFirst().orElseThrow().getKey();
  }

  @SuppressWarnings("unchecked")
  private static <E> Map<String, E> names(Object... pairs) {
    Map<String, E> names = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      names.put((String) pairs[i], (E) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(names);
  }
}

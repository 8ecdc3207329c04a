package io.atrium.workflows.runtime;

import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ProcessInstance;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.UUID;

/** A one-step approval, "lead" (bob approves), on campaign records, with the runtime's components wired. */
final class LeadApprovals {

  final MemoryRecordSource campaigns = new MemoryRecordSource();
  final RuntimeParts parts;
  private final Org org;
  private int records;

  LeadApprovals(Org org) {
    this.org = org;
    parts = RuntimeParts.wire(org.kit, SourcesForTests.of(campaigns));
    try (var reader = Json.createReader(new StringReader("{\"key\": \"lead\", \"name\": \"Lead\", \"admins\": ["
        + org.root + "], \"nodes\": [{\"id\": \"start\", \"type\": \"start\", \"name\": \"Submit\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"Lead\", \"approvers\": {\"type\": \"users\", \"users\": ["
        + org.bob + "]}}, {\"id\": \"end\", \"type\": \"end\", \"name\": \"End\"}]}"))) {
      parts.catalog().create("forms.campaign", reader.readValue());
    }
    parts.catalog().publish("lead");
  }

  /** Alice starts the approval on a new campaign record. */
  ProcessInstance started() {
    int id = ++records;
    campaigns.add(id, org.alice, "100");
    org.kit.user().userId(org.alice);
    return parts.approvals().start(UUID.randomUUID().toString(), "lead", "forms.campaign/" + id).instance();
  }

  /** The instance as stored now. */
  ProcessInstance stored(ProcessInstance instance) {
    return org.kit.transactions().required(() -> parts.engine().instances().find(instance.id()).orElseThrow());
  }
}

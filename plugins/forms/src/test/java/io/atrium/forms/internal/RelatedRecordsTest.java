package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.RelatedRecords;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.security.FieldAccess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records of other forms whose lookups point at a record, as far as the viewer may see them. */
class RelatedRecordsTest {

  private final RecordsFixture fixture = new RecordsFixture();
  private final RelatedRecords related = fixture.kit.create(DefaultRelatedRecords.class);

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void listsThePointingRecordsOfFormsTheViewerMayView() {
    fixture.catalog.create("""
        {"key": "trips", "name": {"zh-CN": "出差", "en": "Trips"}, "sections": [{"columns": 1, "fields": [
          {"name": "where", "type": "text", "label": {"zh-CN": "地点", "en": "Where"}},
          {"name": "claim", "type": "lookup", "label": {"zh-CN": "报销单", "en": "Claim"}, "lookupForm": "claims",
           "lookupDisplayField": "title"}]}]}
        """);
    fixture.catalog.publish("trips");
    RecordData claim = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi"), true);
    RecordData other = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Hotel"), true);
    fixture.signIn("designer", "forms:use", "forms:design", "forms:claims:view", "forms:trips:create",
        "forms:trips:view");
    RecordData trip = fixture.records.create("trips", Map.of("where", "Shanghai", "claim", claim.id()), true);
    fixture.records.create("trips", Map.of("where", "Beijing", "claim", other.id()), true);

    List<RelatedRecords.Group> groups = related.of(RecordsFixture.KEY, claim.id());

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).formKey()).isEqualTo("trips");
    assertThat(groups.get(0).formName()).isEqualTo("Trips");
    assertThat(groups.get(0).fieldLabel()).isEqualTo("Claim");
    assertThat(groups.get(0).records()).extracting(RelatedRecords.Entry::id).containsExactly(trip.id());

    fixture.kit.access().field("forms:trips", "claim", FieldAccess.HIDDEN);
    assertThat(related.of(RecordsFixture.KEY, claim.id())).as("a hidden lookup").isEmpty();

    fixture.signIn("designer", "forms:use", "forms:design", "forms:claims:view");
    assertThat(related.of(RecordsFixture.KEY, claim.id())).as("without view on the other form").isEmpty();
  }
}

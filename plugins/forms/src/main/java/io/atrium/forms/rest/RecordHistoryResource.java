package io.atrium.forms.rest;

import io.atrium.forms.HistoryEntry;
import io.atrium.forms.RecordHistory;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.rest.SignedIn;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/forms/{key}/records/{id}/history}: the record's change history, oldest first,
 * with the values of fields hidden from the caller redacted. Reached through a locator of
 * {@link FormsResource}; view permission and row scope are checked by {@link RecordHistory}.
 */
@Component(service = RecordHistoryResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class RecordHistoryResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final RecordHistory history;
  private final Directory directory;

  /** Declarative Services injects the services. */
  @Activate
  public RecordHistoryResource(@Reference RecordHistory history, @Reference Directory directory) {
    this.history = history;
    this.directory = directory;
  }

  /** A page of the history. */
  @GET
  @SignedIn
  public String list(@PathParam("key") String key, @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
    JsonArrayBuilder entries = JSON.createArrayBuilder();
    for (HistoryEntry entry : history.of(key, id, offset, limit)) {
      JsonArrayBuilder changes = JSON.createArrayBuilder();
      for (HistoryEntry.Change change : entry.changes()) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("field", change.field()).add("label", change.label())
            .add("redacted", change.redacted());
        if (!change.redacted()) {
          json.add("before", JsonValues.toJson(change.before())).add("after", JsonValues.toJson(change.after()));
        }
        changes.add(json);
      }
      entries.add(JSON.createObjectBuilder().add("at", entry.at().toString())
          .add("actor", JsonValues.toJson(entry.actorName()))
          .add("actorName", JsonValues.toJson(displayName(entry.actorId())))
          .add("kind", entry.kind().name().toLowerCase(java.util.Locale.ROOT)).add("changes", changes));
    }
    return JSON.createObjectBuilder().add("offset", offset).add("entries", entries).build().toString();
  }

  private String displayName(Long actorId) {
    return actorId == null ? null : directory.person(actorId).map(Person::displayName).orElse(null);
  }
}

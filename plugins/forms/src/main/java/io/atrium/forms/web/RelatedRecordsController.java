package io.atrium.forms.web;

import io.atrium.forms.RelatedRecords;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Backs the related-records panel of {@code forms/record.xhtml}: records of other forms that point at this one. */
@Component(service = RelatedRecordsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsRecordRelated", scope = ControllerScope.VIEW)
public class RelatedRecordsController {

  private final RelatedRecords related;
  private List<RelatedRecords.Group> groups;

  /** Declarative Services injects the facade. */
  @Activate
  public RelatedRecordsController(@Reference RelatedRecords related) {
    this.related = related;
  }

  /** The groups; empty when nothing points at the record or the viewer may not see it. */
  public List<RelatedRecords.Group> getGroups() {
    if (groups == null) {
      String key = Pages.formKey();
      Long id = Pages.longParam("id");
      try {
        groups = key == null || id == null ? List.of() : related.of(key, id);
      } catch (RecordNotFoundException | AccessDeniedException e) {
        groups = List.of();
      }
    }
    return groups;
  }
}

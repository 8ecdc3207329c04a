package io.atrium.workflows.ui;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.runtime.OutOfOfficePeriods;
import io.atrium.workflows.storage.OutOfOffice;
import jakarta.faces.application.FacesMessage;
import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code workflows/out-of-office.xhtml}: the caller's out-of-office period (外出委托), the
 * stand-in who takes their tasks and the first and last day away; saving it hands the open tasks
 * over when it starts, ending it keeps new tasks with the caller again.
 */
@Component(service = OutOfOfficeController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "wfOutOfOffice", scope = ControllerScope.VIEW)
public class OutOfOfficeController {

  private final OutOfOfficePeriods periods;
  private final Directory directory;
  private final CurrentUser user;
  private final PersonLookup people;
  private final AtriumClock clock;
  private OutOfOffice current;
  private String standIn;
  private LocalDate firstDay;
  private LocalDate lastDay;

  /** Declarative Services injects the parts. */
  @Activate
  public OutOfOfficeController(@Reference OutOfOfficePeriods periods, @Reference Directory directory,
      @Reference CurrentUser user, @Reference AtriumClock clock) {
    this.periods = periods;
    this.directory = directory;
    this.user = user;
    this.people = new PersonLookup(directory);
    this.clock = clock;
  }

  /** Reads the caller's period into the form. */
  public void load() {
    current = periods.mine().orElse(null);
    if (current != null) {
      standIn = directory.person(current.standInId()).map(Person::username).orElse("");
      firstDay = current.startsAt().atZone(clock.zone()).toLocalDate();
      lastDay = current.endsAt().minusNanos(1).atZone(clock.zone()).toLocalDate();
    }
  }

  /** Saves the period; the stand-in is a login name or a full name only one person has. */
  public void save() {
    Optional<Person> chosen = people.find(standIn);
    if (chosen.isEmpty()) {
      String typed = standIn == null ? "" : standIn;
      UiPages.message(FacesMessage.SEVERITY_ERROR, text("workflows.ui.task.noSuchPerson", typed));
      return;
    }
    if (firstDay == null || lastDay == null) {
      UiPages.message(FacesMessage.SEVERITY_ERROR, text("workflows.ui.outOfOffice.needDays"));
      return;
    }
    try {
      current = periods.setDays(chosen.get().id(), firstDay, lastDay);
      UiPages.message(FacesMessage.SEVERITY_INFO, text("workflows.ui.outOfOffice.saved", chosen.get().displayName()));
    } catch (WorkflowsException e) {
      UiPages.message(FacesMessage.SEVERITY_ERROR, e.getMessage(user.locale()));
    }
  }

  /** Ends the period now. */
  public void end() {
    periods.clear();
    current = null;
    standIn = null;
    firstDay = null;
    lastDay = null;
    UiPages.message(FacesMessage.SEVERITY_INFO, text("workflows.ui.outOfOffice.ended"));
  }

  private String text(String key, Object... args) {
    return WorkflowsTexts.text(user.locale(), key, args);
  }

  /** Whether a period is set. */
  public boolean isSet() {
    return current != null;
  }

  /** Whether the period set covers now. */
  public boolean isActive() {
    return current != null && current.covers(clock.now());
  }

  /** The stand-in's name, for the summary line. */
  public String getStandInName() {
    return current == null ? "" : directory.person(current.standInId()).map(Person::displayName)
        .orElse(String.valueOf(current.standInId()));
  }

  public String getStandIn() {
    return standIn;
  }

  public void setStandIn(String standIn) {
    this.standIn = standIn;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }
}

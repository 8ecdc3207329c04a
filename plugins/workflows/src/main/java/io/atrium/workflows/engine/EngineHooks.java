package io.atrium.workflows.engine;

import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.action.ActionRegistry;

/**
 * What the engine needs beyond approvals: automation nodes write fields and call contributed
 * actions, delays and SLAs count working time on the business calendar.
 *
 * @param records writes fields for set-field automation
 * @param actions the contributed actions
 * @param calendar the business calendar; null when only calendar time is counted
 * @param absences who stands in for people out of office
 */
public record EngineHooks(RecordUpdates records, ActionRegistry actions, BusinessCalendar calendar,
    Absences absences) {

  /** Nobody out of office. */
  public EngineHooks(RecordUpdates records, ActionRegistry actions, BusinessCalendar calendar) {
    this(records, actions, calendar, Absences.NONE);
  }

  /** The same hooks with people out of office. */
  public EngineHooks withAbsences(Absences newAbsences) {
    return new EngineHooks(records, actions, calendar, newAbsences);
  }

  /** Without automation and business calendar: a set-field node fails, no action exists, working time cannot be counted. */
  public static EngineHooks none() {
    return new EngineHooks((ref, field, value) -> {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.noRecordUpdates", field));
    }, new ActionRegistry(), null);
  }
}

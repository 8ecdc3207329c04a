package io.atrium.workflows.storage;

import java.time.Instant;

/**
 * A person's out-of-office period (外出/休假): while it lasts, their tasks go to the stand-in.
 *
 * @param userId who is away
 * @param standInId who takes their tasks
 * @param startsAt the first moment away
 * @param endsAt the first moment back
 */
public record OutOfOffice(long userId, long standInId, Instant startsAt, Instant endsAt) {

  /** Whether the period covers a moment. */
  public boolean covers(Instant at) {
    return !at.isBefore(startsAt) && at.isBefore(endsAt);
  }
}

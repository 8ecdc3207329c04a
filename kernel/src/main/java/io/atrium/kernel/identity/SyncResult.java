package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import java.util.List;

/**
 * What one directory sync changed.
 *
 * @param peopleCreated people created
 * @param peopleUpdated existing people whose data, status or directory-managed roles changed
 * @param peopleLeft people marked as left because the directory no longer has them
 * @param peopleSkipped entries of the directory that could not be taken over (see the warnings)
 * @param departmentsCreated departments created
 * @param departmentsUpdated departments renamed, moved or given another head
 * @param departmentsRemoved empty departments deleted because the directory no longer has them
 * @param warnings what was skipped or adjusted and why
 */
public record SyncResult(int peopleCreated, int peopleUpdated, int peopleLeft, int peopleSkipped,
    int departmentsCreated, int departmentsUpdated, int departmentsRemoved, List<Message> warnings) {

  /** Nothing changed. */
  public static final SyncResult NOTHING = new SyncResult(0, 0, 0, 0, 0, 0, 0, List.of());

  /** Copies the warnings. */
  public SyncResult {
    warnings = List.copyOf(warnings);
  }

  /** Whether anything changed at all. */
  public boolean changedAnything() {
    return peopleCreated + peopleUpdated + peopleLeft + departmentsCreated + departmentsUpdated + departmentsRemoved
        > 0;
  }
}

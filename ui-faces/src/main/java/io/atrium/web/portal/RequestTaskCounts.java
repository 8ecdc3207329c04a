package io.atrium.web.portal;

import io.atrium.kernel.portal.TaskCenter;
import io.atrium.kernel.portal.TaskCounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The counts of every to-do tab, asked of the providers at most once per request: the to-do
 * center's tabs and the menu badge on the same page then share one round to the providers.
 */
@RequestScoped
public class RequestTaskCounts {

  @Inject
  TaskCenter tasks;

  private TaskCounts counts;

  /** The counts of every tab. */
  public TaskCounts counts(Locale locale) {
    if (counts == null) {
      counts = tasks.counts(locale);
    }
    return counts;
  }

  /** Forgets the counts, after an action changed them. */
  public void forget() {
    counts = null;
  }
}

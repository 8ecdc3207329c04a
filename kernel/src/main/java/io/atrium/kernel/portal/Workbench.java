package io.atrium.kernel.portal;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.sdk.portal.WidgetContent;
import io.atrium.sdk.portal.WorkbenchWidget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cards of the workbench home page: the {@link WorkbenchWidget}s of running plugins that the
 * user may see, by their order. Widgets are asked at once; one that throws or does not answer in
 * time becomes an error card, the others still show.
 */
public final class Workbench {

  private static final Logger LOG = Logger.getLogger(Workbench.class.getName());

  /** How long the page waits for its widgets. */
  public static final Duration BUDGET = Duration.ofSeconds(2);

  private final PortalParts<WorkbenchWidget> parts;
  private final ProviderCalls calls;
  private final Duration budget;

  /** Creates the workbench. */
  public Workbench(PortalParts<WorkbenchWidget> parts, ProviderCalls calls, Duration budget) {
    this.parts = parts;
    this.calls = calls;
    this.budget = budget;
  }

  /** The cards for a user who holds the permissions {@code permitted} accepts, in order. */
  public List<WorkbenchCard> cards(Predicate<String> permitted, Locale locale) {
    List<Placed> visible = new ArrayList<>();
    for (Contribution<WorkbenchWidget> contribution : parts.running()) {
      Placed placed = place(contribution, permitted);
      if (placed != null) {
        visible.add(placed);
      }
    }
    visible.sort(Comparator.comparingInt(Placed::order).thenComparing(p -> p.contribution().pluginId())
        .thenComparing(Placed::id));
    List<ProviderCalls.Call<WidgetContent>> work = new ArrayList<>();
    for (Placed placed : visible) {
      WorkbenchWidget widget = placed.contribution().service();
      work.add(new ProviderCalls.Call<>("workbench widget " + placed.contribution().qualifiedName(),
          () -> widget.content(locale)));
    }
    List<ProviderCalls.Outcome<WidgetContent>> outcomes = calls.all(work, budget);
    List<WorkbenchCard> cards = new ArrayList<>();
    for (int i = 0; i < visible.size(); i++) {
      Placed placed = visible.get(i);
      ProviderCalls.Outcome<WidgetContent> outcome = outcomes.get(i);
      String title = placed.titleKey() == null ? placed.contribution().qualifiedName()
          : parts.label(placed.titleKey(), locale);
      String pluginId = placed.contribution().pluginId();
      if (outcome.ok() && outcome.value() != null) {
        cards.add(new WorkbenchCard(pluginId, placed.id(), title, outcome.value(), null));
      } else {
        String error = outcome.timedOut()
            ? KernelTexts.format(locale, "portal.widget.slow", pluginId)
            : KernelTexts.format(locale, "portal.widget.failed", pluginId);
        cards.add(new WorkbenchCard(pluginId, placed.id(), title, null, error));
      }
    }
    return cards;
  }

  /**
   * Reads a widget's id, order, title and permission; null when the user may not see it. A widget
   * whose permission cannot be read stays hidden: showing it could reveal what it guards.
   */
  private static Placed place(Contribution<WorkbenchWidget> contribution, Predicate<String> permitted) {
    WorkbenchWidget widget = contribution.service();
    Optional<String> permission;
    try {
      permission = widget.permission();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Workbench widget " + contribution.qualifiedName() + " cannot say its permission; "
          + "it stays hidden", e);
      return null;
    }
    if (permission != null && permission.isPresent() && !permitted.test(permission.get())) {
      return null;
    }
    String id = contribution.name();
    String titleKey = null;
    int order = 100;
    try {
      id = widget.id();
      titleKey = widget.titleKey();
      order = widget.order();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Workbench widget " + contribution.qualifiedName() + " cannot say its id, title or "
          + "order", e);
    }
    return new Placed(contribution, id == null ? contribution.name() : id, titleKey, order);
  }

  private record Placed(Contribution<WorkbenchWidget> contribution, String id, String titleKey, int order) {
  }
}

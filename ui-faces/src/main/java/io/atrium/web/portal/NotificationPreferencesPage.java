package io.atrium.web.portal;

import io.atrium.kernel.notify.CategoryView;
import io.atrium.kernel.notify.ChannelView;
import io.atrium.kernel.notify.NotificationService;
import io.atrium.kernel.notify.PreferenceSetting;
import io.atrium.kernel.notify.PreferencesView;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Backs {@code me/notifications.xhtml}: a grid of categories (first "all") by channels with a
 * check box each. Saving stores only the choices that differ from what they would inherit, so a
 * category follows "all" until the user sets it apart.
 */
@Named("notificationPreferences")
@RequestScoped
public class NotificationPreferencesPage {

  /** One category with a check box per channel. */
  public static final class Row {
    private final CategoryView category;
    private final Map<String, Boolean> enabled = new LinkedHashMap<>();

    Row(CategoryView category) {
      this.category = category;
    }

    /** The category. */
    public CategoryView getCategory() {
      return category;
    }

    /** Channel id to whether it is on; the page's check boxes write into it. */
    public Map<String, Boolean> getEnabled() {
      return enabled;
    }

    /** Whether this is the row for all categories. */
    public boolean isAll() {
      return PreferenceSetting.ALL.equals(category.id());
    }
  }

  @Inject
  NotificationService notifications;

  private PreferencesView view;
  private final List<Row> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    OptionalLong user = SignedIn.userId();
    if (user.isEmpty()) {
      return;
    }
    view = notifications.preferences(user.getAsLong(), SignedIn.locale());
    for (CategoryView category : view.categories()) {
      Row row = new Row(category);
      for (ChannelView channel : view.channels()) {
        row.enabled.put(channel.id(), view.isEnabled(channel.id(), category.id()));
      }
      rows.add(row);
    }
  }

  /** The channels, as columns. */
  public List<ChannelView> getChannels() {
    return view == null ? List.of() : view.channels();
  }

  /** The categories, as rows; "all" first. */
  public List<Row> getRows() {
    return rows;
  }

  /** Whether the page was reached right after saving. */
  public boolean isSaved() {
    return "true".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
        .get("saved"));
  }

  /** Stores the choices and shows the page again. */
  public void save() {
    OptionalLong user = SignedIn.userId();
    if (user.isEmpty() || view == null) {
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      notifications.savePreferences(user.getAsLong(), settings());
    } catch (InvalidInputException e) {
      for (FieldProblem problem : e.problems()) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message().in(
            SignedIn.locale()), null));
      }
      return;
    }
    try {
      context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
          + "/me/notifications.xhtml?saved=true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The choices that differ from what they inherit: "all" from the channel's default, a category from "all". */
  List<PreferenceSetting> settings() {
    List<PreferenceSetting> settings = new ArrayList<>();
    Row all = rows.stream().filter(Row::isAll).findFirst().orElseThrow();
    for (ChannelView channel : view.channels()) {
      boolean base = Boolean.TRUE.equals(all.enabled.get(channel.id()));
      if (base != channel.enabledByDefault()) {
        settings.add(new PreferenceSetting(channel.id(), PreferenceSetting.ALL, base));
      }
      for (Row row : rows) {
        boolean on = Boolean.TRUE.equals(row.enabled.get(channel.id()));
        if (!row.isAll() && on != base) {
          settings.add(new PreferenceSetting(channel.id(), row.category.id(), on));
        }
      }
    }
    return settings;
  }
}

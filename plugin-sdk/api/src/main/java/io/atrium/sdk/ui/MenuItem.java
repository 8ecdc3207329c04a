package io.atrium.sdk.ui;

import java.util.Objects;
import java.util.Optional;

/** One entry of the portal's side menu. */
public final class MenuItem {

  private final String id;
  private final String labelKey;
  private final String view;
  private final String icon;
  private final String permission;
  private final int order;

  private MenuItem(Builder builder) {
    this.id = builder.id;
    this.labelKey = builder.labelKey;
    this.view = builder.view;
    this.icon = builder.icon;
    this.permission = builder.permission;
    this.order = builder.order;
  }

  /**
   * Starts a menu item.
   *
   * @param id unique within the plugin
   * @param labelKey key in the plugin's message bundle
   * @param view view path relative to the plugin's folder, e.g. {@code index.xhtml}
   */
  public static Builder builder(String id, String labelKey, String view) {
    return new Builder(id, labelKey, view);
  }

  /** Id, unique within the plugin. */
  public String id() {
    return id;
  }

  /** Message key of the label. */
  public String labelKey() {
    return labelKey;
  }

  /** View path relative to the plugin's folder. */
  public String view() {
    return view;
  }

  /** Icon CSS classes, e.g. {@code pi pi-star}. */
  public String icon() {
    return icon;
  }

  /** Permission a user needs to see the item, if any. */
  public Optional<String> permission() {
    return Optional.ofNullable(permission);
  }

  /** Sort position; lower comes first. */
  public int order() {
    return order;
  }

  /** Builds a {@link MenuItem}. */
  public static final class Builder {
    private final String id;
    private final String labelKey;
    private final String view;
    private String icon = "pi pi-circle";
    private String permission;
    private int order = 100;

    private Builder(String id, String labelKey, String view) {
      this.id = Objects.requireNonNull(id, "id");
      this.labelKey = Objects.requireNonNull(labelKey, "labelKey");
      this.view = Objects.requireNonNull(view, "view");
      if (view.startsWith("/") || view.contains("..")) {
        throw new IllegalArgumentException("A menu view is a path inside the plugin's folder: " + view);
      }
    }

    /** Icon CSS classes. */
    public Builder icon(String icon) {
      this.icon = Objects.requireNonNull(icon);
      return this;
    }

    /** Permission needed to see the item. */
    public Builder permission(String permission) {
      this.permission = permission;
      return this;
    }

    /** Sort position; default 100. */
    public Builder order(int order) {
      this.order = order;
      return this;
    }

    /** Builds the item. */
    public MenuItem build() {
      return new MenuItem(this);
    }
  }
}

package io.atrium.web.admin;

import io.atrium.web.page.PermissionCatalog;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the role editor edits: name, description, permissions grouped by where they come from,
 * row scopes and field rules.
 */
public class RoleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The permissions of one source with the ones ticked. */
  public static class PermissionGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String label;
    private final List<PermissionCatalog.Permission> options;
    private List<String> selected;

    /** Creates the group. */
    public PermissionGroup(String source, String label, List<PermissionCatalog.Permission> options,
        List<String> selected) {
      this.source = source;
      this.label = label;
      this.options = List.copyOf(options);
      this.selected = new ArrayList<>(selected);
    }

    /** {@code kernel} or a plugin id. */
    public String getSource() {
      return source;
    }

    /** The heading of the group. */
    public String getLabel() {
      return label;
    }

    /** The permissions there are. */
    public List<PermissionCatalog.Permission> getOptions() {
      return options;
    }

    /** The permissions ticked. */
    public List<String> getSelected() {
      return selected;
    }

    public void setSelected(List<String> selected) {
      this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
  }

  /** One row of the row-scope table: who sees which rows of a resource for an action. */
  public static class ScopeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String resource;
    private String action;
    private String scope = "OWN";

    /** An empty row. */
    public ScopeRow() {
    }

    /** A filled row. */
    public ScopeRow(String resource, String action, String scope) {
      this.resource = resource;
      this.action = action;
      this.scope = scope;
    }

    public String getResource() {
      return resource;
    }

    public void setResource(String resource) {
      this.resource = resource;
    }

    public String getAction() {
      return action;
    }

    public void setAction(String action) {
      this.action = action;
    }

    public String getScope() {
      return scope;
    }

    public void setScope(String scope) {
      this.scope = scope;
    }
  }

  /** One row of the field-rule table: how a field of a resource may be used. */
  public static class FieldRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String resource;
    private String field;
    private String access = "READ";

    /** An empty row. */
    public FieldRow() {
    }

    /** A filled row. */
    public FieldRow(String resource, String field, String access) {
      this.resource = resource;
      this.field = field;
      this.access = access;
    }

    public String getResource() {
      return resource;
    }

    public void setResource(String resource) {
      this.resource = resource;
    }

    public String getField() {
      return field;
    }

    public void setField(String field) {
      this.field = field;
    }

    public String getAccess() {
      return access;
    }

    public void setAccess(String access) {
      this.access = access;
    }
  }

  private Long id;
  private boolean builtIn;
  private String name;
  private String description;
  private List<PermissionGroup> groups = new ArrayList<>();
  private String otherPermissions;
  private List<ScopeRow> scopes = new ArrayList<>();
  private List<FieldRow> fields = new ArrayList<>();

  /** Creates the form; {@code id} null for a new role. */
  public RoleForm(Long id, boolean builtIn, String name, String description) {
    this.id = id;
    this.builtIn = builtIn;
    this.name = name;
    this.description = description;
  }

  /** Whether this is a new role. */
  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  /** Whether it is the built-in role, shown read-only. */
  public boolean isBuiltIn() {
    return builtIn;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  /** The declared permissions by source. */
  public List<PermissionGroup> getGroups() {
    return groups;
  }

  public void setGroups(List<PermissionGroup> groups) {
    this.groups = groups;
  }

  /** Patterns nobody declares (wildcards, permissions of removed plugins), comma or line separated. */
  public String getOtherPermissions() {
    return otherPermissions;
  }

  public void setOtherPermissions(String otherPermissions) {
    this.otherPermissions = otherPermissions;
  }

  public List<ScopeRow> getScopes() {
    return scopes;
  }

  public List<FieldRow> getFields() {
    return fields;
  }

  /** Every permission pattern of the form: the ticked ones, then the others. */
  public List<String> permissions() {
    List<String> all = new ArrayList<>();
    groups.forEach(g -> all.addAll(g.getSelected()));
    if (otherPermissions != null) {
      for (String part : otherPermissions.split("[,\\s]+")) {
        if (!part.isBlank() && !all.contains(part.strip())) {
          all.add(part.strip());
        }
      }
    }
    return all;
  }
}

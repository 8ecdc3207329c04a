package io.atrium.web.admin;

import io.atrium.web.page.PersonOption;
import java.io.Serializable;

/** What the department dialog edits: a new department below a parent, or an existing one. */
public class DepartmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String name;
  private Long parentId;
  private PersonOption head;

  /** A form for a new department below {@code parentId} (null: at the top). */
  public static DepartmentForm create(Long parentId) {
    DepartmentForm form = new DepartmentForm();
    form.parentId = parentId;
    return form;
  }

  /** A form for an existing department. */
  public static DepartmentForm edit(long id, long version, String name, Long parentId, PersonOption head) {
    DepartmentForm form = new DepartmentForm();
    form.id = id;
    form.version = version;
    form.name = name;
    form.parentId = parentId;
    form.head = head;
    return form;
  }

  /** Whether this is a new department. */
  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  /** The version read, for the optimistic lock. */
  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The parent department, or null for the top level. */
  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public PersonOption getHead() {
    return head;
  }

  public void setHead(PersonOption head) {
    this.head = head;
  }
}

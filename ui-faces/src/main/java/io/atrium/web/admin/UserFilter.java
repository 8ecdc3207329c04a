package io.atrium.web.admin;

import java.io.Serializable;

/** What the people list is filtered by. */
public class UserFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private String text;
  private Long departmentId;
  private boolean subtree = true;
  private String status;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  /** Whether the department filter takes in its sub-departments. */
  public boolean isSubtree() {
    return subtree;
  }

  public void setSubtree(boolean subtree) {
    this.subtree = subtree;
  }

  /** A user status name, or empty for all. */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}

package io.atrium.web.admin;

import io.atrium.web.page.PersonOption;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the group dialog edits. */
public class GroupForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String name;
  private String description;
  private List<PersonOption> members = new ArrayList<>();
  private List<String> roles = new ArrayList<>();

  /** A form for a new group. */
  public GroupForm() {
  }

  /** A form for an existing group. */
  public GroupForm(long id, String name, String description, List<PersonOption> members, List<String> roles) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.members = new ArrayList<>(members);
    this.roles = new ArrayList<>(roles);
  }

  /** Whether this is a new group. */
  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
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

  public List<PersonOption> getMembers() {
    return members;
  }

  public void setMembers(List<PersonOption> members) {
    this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
  }

  /** The names of the roles the group grants. */
  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  /** The members' user ids. */
  public List<Long> memberIds() {
    return members.stream().filter(java.util.Objects::nonNull).map(PersonOption::getId).distinct().toList();
  }
}

package io.atrium.web.admin;

import io.atrium.kernel.identity.UserInput;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.web.page.PersonOption;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the person dialog edits: a new person, or an existing one at the version read. */
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String username;
  private String displayName;
  private String email;
  private String mobile;
  private Long departmentId;
  private String position;
  private PersonOption manager;
  private String status = UserStatus.ACTIVE.name();
  private String locale;
  private List<String> roles = new ArrayList<>();
  private String password;
  private String source;

  /** An empty form for a new person. */
  public UserForm() {
  }

  /** A form filled with a stored person. */
  public static UserForm of(UserRecord user, PersonOption manager, List<String> roles) {
    UserForm form = new UserForm();
    form.id = user.id();
    form.version = user.version();
    form.username = user.username();
    form.displayName = user.displayName();
    form.email = user.email();
    form.mobile = user.mobile();
    form.departmentId = user.departmentId();
    form.position = user.position();
    form.manager = manager;
    form.status = user.status().name();
    form.locale = user.locale();
    form.roles = new ArrayList<>(roles);
    form.source = user.externalSource();
    return form;
  }

  /**
   * The input for the kernel. For a change every field is sent, so that a cleared field clears
   * the stored value (the kernel keeps values of null fields).
   */
  public UserInput input() {
    UserStatus userStatus = status == null || status.isBlank() ? null : UserStatus.valueOf(status);
    Long managerId = manager == null ? null : manager.getId();
    if (isNew()) {
      return new UserInput(username, displayName, email, mobile, departmentId, position, managerId, userStatus, locale,
          password == null || password.isEmpty() ? null : password);
    }
    return new UserInput(text(username), text(displayName), text(email), text(mobile),
        departmentId == null ? 0L : departmentId, text(position), managerId == null ? 0L : managerId, userStatus,
        text(locale), null);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** Whether this is a new person. */
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

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public PersonOption getManager() {
    return manager;
  }

  public void setManager(PersonOption manager) {
    this.manager = manager;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  /** The names of the roles held directly. */
  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  /** The initial password of a new person, or empty for none. */
  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** The outside directory the person comes from, or null. */
  public String getSource() {
    return source;
  }
}

package io.atrium.web.admin;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.DirectorySources;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.SyncRun;
import io.atrium.kernel.identity.ldap.LdapAdmin;
import io.atrium.kernel.identity.ldap.LdapSettings;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.kernel.validation.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.shiro.SecurityUtils;

/**
 * The admin page of directory sync: the LDAP settings form with a connection test, the
 * group-to-role mapping, the sources with their last run and "sync now", and a source's run
 * history. Every action checks the permission on the server.
 */
@Named("directoryPage")
@ViewScoped
public class DirectoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's copy of the LDAP settings. */
  private final Form form = new Form();
  private final List<MappingRow> mapping = new ArrayList<>();
  private String password;
  private boolean passwordSet;
  private boolean configured;
  private List<String> roleNames = List.of();
  private String selectedSource;
  private String testResult;
  private boolean testOk;

  @PostConstruct
  void load() {
    requirePermission();
    LdapAdmin ldap = ldap();
    form.from(ldap.settings());
    mapping.clear();
    ldap.settings().groupRoles().forEach(line -> mapping.add(new MappingRow(line.group(), new ArrayList<>(
        line.roles()))));
    passwordSet = ldap.hasPassword();
    configured = ldap.configured();
    roleNames = List.copyOf(CDI.current().select(IdentityStore.class).get().roleIdsByName().keySet());
    List<DirectorySources.SourceStatus> all = sources().sources();
    selectedSource = all.isEmpty() ? null : all.get(0).id();
  }

  // ----------------------------------------------------------------------------------- actions

  /** Stores the LDAP settings; the password field is cleared either way. */
  public void save() {
    requirePermission();
    try {
      ldap().save(settings(), password);
      passwordSet = ldap().hasPassword();
      configured = true;
      info(text("directory.saved"));
    } catch (InvalidInputException e) {
      for (FieldProblem problem : e.problems()) {
        error(label(problem.field()) + ": " + problem.message().in(locale()));
      }
    } finally {
      password = null;
    }
  }

  /** Tests the settings in the form, without storing them. */
  public void test() {
    requirePermission();
    LdapAdmin.TestResult result = ldap().test(settings(), password);
    testOk = result.ok();
    testResult = result.message().in(locale());
    if (result.ok()) {
      info(testResult);
    } else {
      error(testResult);
    }
  }

  /** Adds an empty line to the group mapping. */
  public void addMapping() {
    requirePermission();
    mapping.add(new MappingRow("", new ArrayList<>()));
  }

  /** Removes a line of the group mapping (stored with the next save). */
  public void removeMapping(MappingRow row) {
    requirePermission();
    mapping.remove(row);
  }

  /** Syncs a source now and shows its report. */
  public void syncNow(String sourceId) {
    requirePermission();
    selectedSource = sourceId;
    try {
      SyncRun run = sources().syncNow(sourceId);
      if (run.succeeded()) {
        info(summary(run));
      } else {
        error(run.error().in(locale()));
      }
    } catch (ConflictException e) {
      error(e.text().in(locale()));
    } catch (NotFoundException e) {
      error(e.text().in(locale()));
    }
  }

  /** Shows the run history of a source. */
  public void showRuns(String sourceId) {
    requirePermission();
    selectedSource = sourceId;
  }

  // ------------------------------------------------------------------------------ page data

  /** The sources with their last run. */
  public List<DirectorySources.SourceStatus> getSources() {
    requirePermission();
    return sources().sources();
  }

  /** The runs of the selected source, newest first. */
  public List<SyncRun> getRuns() {
    requirePermission();
    if (selectedSource == null) {
      return List.of();
    }
    try {
      return sources().runs(selectedSource, 50);
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /** A run's counts in one line. */
  public String summary(SyncRun run) {
    var r = run.result();
    return format("directory.run.summary", r.peopleCreated(), r.peopleUpdated(), r.peopleLeft(), r.peopleSkipped(),
        r.departmentsCreated(), r.departmentsUpdated(), r.departmentsRemoved());
  }

  /** A run's warnings in the page's language. */
  public List<String> warnings(SyncRun run) {
    return run.result().warnings().stream().map(w -> w.in(locale())).toList();
  }

  /** A run's error in the page's language, or empty. */
  public String error(SyncRun run) {
    return run.error() == null ? "" : run.error().in(locale());
  }

  /** A moment as local date and time in the platform's time zone. */
  public String time(java.time.Instant instant) {
    if (instant == null) {
      return "";
    }
    java.time.ZoneId zone = CDI.current().select(io.atrium.kernel.time.KernelClock.class).get().zone();
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(instant.atZone(zone));
  }

  /** A message of the kernel in the page's language. */
  public String text(Message message) {
    return message == null ? "" : message.in(locale());
  }

  // ------------------------------------------------------------------------------- helpers

  private LdapSettings settings() {
    List<LdapSettings.GroupRole> lines = new ArrayList<>();
    for (MappingRow row : mapping) {
      if ((row.getGroup() == null || row.getGroup().isBlank()) && row.getRoles().isEmpty()) {
        continue;
      }
      lines.add(new LdapSettings.GroupRole(row.getGroup() == null ? "" : row.getGroup(), row.getRoles()));
    }
    return form.to(lines);
  }

  private static void requirePermission() {
    SecurityUtils.getSubject().checkPermission(KernelPermissions.DIRECTORY_MANAGE);
  }

  private static LdapAdmin ldap() {
    return CDI.current().select(LdapAdmin.class).get();
  }

  private static DirectorySources sources() {
    return CDI.current().select(DirectorySources.class).get();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key) {
    ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication().getResourceBundle(
        FacesContext.getCurrentInstance(), "msg");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static String format(String key, Object... args) {
    return new java.text.MessageFormat(text(key), locale()).format(args);
  }

  /** The label of a settings field for error messages ({@code groupRoles[2].roles} reads as line 3). */
  private static String label(String field) {
    if (field.startsWith("groupRoles[")) {
      int end = field.indexOf(']');
      int line = Integer.parseInt(field.substring("groupRoles[".length(), end)) + 1;
      return format("directory.mapping.line", line);
    }
    return text("directory.field." + field);
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  // ------------------------------------------------------------------------------ properties

  public Form getForm() {
    return form;
  }

  public List<MappingRow> getMapping() {
    return mapping;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isPasswordSet() {
    return passwordSet;
  }

  public boolean isConfigured() {
    return configured;
  }

  public List<String> getRoleNames() {
    return roleNames;
  }

  public String getSelectedSource() {
    return selectedSource;
  }

  public String getTestResult() {
    return testResult;
  }

  public boolean isTestOk() {
    return testOk;
  }

  /** One line of the group mapping as edited. */
  public static final class MappingRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String group;
    private List<String> roles;

    MappingRow(String group, List<String> roles) {
      this.group = group;
      this.roles = roles;
    }

    public String getGroup() {
      return group;
    }

    public void setGroup(String group) {
      this.group = group;
    }

    public List<String> getRoles() {
      return roles == null ? List.of() : roles;
    }

    public void setRoles(List<String> roles) {
      this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
  }

  /** The LDAP settings as form fields. */
  public static final class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean enabled;
    private int syncIntervalMinutes;
    private String url;
    private boolean startTls;
    private String bindDn;
    private String baseDn;
    private String userFilter;
    private String usernameAttribute;
    private String externalIdAttribute;
    private String displayNameAttribute;
    private String emailAttribute;
    private String mobileAttribute;
    private String titleAttribute;
    private String managerAttribute;
    private String departmentAttribute;
    private String memberOfAttribute;
    private String groupBaseDn;
    private String groupFilter;
    private String groupMemberAttribute;
    private int pageSize;
    private int connectTimeoutSeconds;
    private int readTimeoutSeconds;

    void from(LdapSettings s) {
      enabled = s.enabled();
      syncIntervalMinutes = s.syncIntervalMinutes();
      url = s.url();
      startTls = s.startTls();
      bindDn = s.bindDn();
      baseDn = s.baseDn();
      userFilter = s.userFilter();
      usernameAttribute = s.usernameAttribute();
      externalIdAttribute = s.externalIdAttribute();
      displayNameAttribute = s.displayNameAttribute();
      emailAttribute = s.emailAttribute();
      mobileAttribute = s.mobileAttribute();
      titleAttribute = s.titleAttribute();
      managerAttribute = s.managerAttribute();
      departmentAttribute = s.departmentAttribute();
      memberOfAttribute = s.memberOfAttribute();
      groupBaseDn = s.groupBaseDn();
      groupFilter = s.groupFilter();
      groupMemberAttribute = s.groupMemberAttribute();
      pageSize = s.pageSize();
      connectTimeoutSeconds = s.connectTimeoutSeconds();
      readTimeoutSeconds = s.readTimeoutSeconds();
    }

    LdapSettings to(List<LdapSettings.GroupRole> mapping) {
      return new LdapSettings(enabled, syncIntervalMinutes, url, startTls, bindDn, baseDn, userFilter,
          usernameAttribute, externalIdAttribute, displayNameAttribute, emailAttribute, mobileAttribute,
          titleAttribute, managerAttribute, departmentAttribute, memberOfAttribute, groupBaseDn, groupFilter,
          groupMemberAttribute, pageSize, connectTimeoutSeconds, readTimeoutSeconds, mapping);
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getSyncIntervalMinutes() {
      return syncIntervalMinutes;
    }

    public void setSyncIntervalMinutes(int syncIntervalMinutes) {
      this.syncIntervalMinutes = syncIntervalMinutes;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public boolean isStartTls() {
      return startTls;
    }

    public void setStartTls(boolean startTls) {
      this.startTls = startTls;
    }

    public String getBindDn() {
      return bindDn;
    }

    public void setBindDn(String bindDn) {
      this.bindDn = bindDn;
    }

    public String getBaseDn() {
      return baseDn;
    }

    public void setBaseDn(String baseDn) {
      this.baseDn = baseDn;
    }

    public String getUserFilter() {
      return userFilter;
    }

    public void setUserFilter(String userFilter) {
      this.userFilter = userFilter;
    }

    public String getUsernameAttribute() {
      return usernameAttribute;
    }

    public void setUsernameAttribute(String usernameAttribute) {
      this.usernameAttribute = usernameAttribute;
    }

    public String getExternalIdAttribute() {
      return externalIdAttribute;
    }

    public void setExternalIdAttribute(String externalIdAttribute) {
      this.externalIdAttribute = externalIdAttribute;
    }

    public String getDisplayNameAttribute() {
      return displayNameAttribute;
    }

    public void setDisplayNameAttribute(String displayNameAttribute) {
      this.displayNameAttribute = displayNameAttribute;
    }

    public String getEmailAttribute() {
      return emailAttribute;
    }

    public void setEmailAttribute(String emailAttribute) {
      this.emailAttribute = emailAttribute;
    }

    public String getMobileAttribute() {
      return mobileAttribute;
    }

    public void setMobileAttribute(String mobileAttribute) {
      this.mobileAttribute = mobileAttribute;
    }

    public String getTitleAttribute() {
      return titleAttribute;
    }

    public void setTitleAttribute(String titleAttribute) {
      this.titleAttribute = titleAttribute;
    }

    public String getManagerAttribute() {
      return managerAttribute;
    }

    public void setManagerAttribute(String managerAttribute) {
      this.managerAttribute = managerAttribute;
    }

    public String getDepartmentAttribute() {
      return departmentAttribute;
    }

    public void setDepartmentAttribute(String departmentAttribute) {
      this.departmentAttribute = departmentAttribute;
    }

    public String getMemberOfAttribute() {
      return memberOfAttribute;
    }

    public void setMemberOfAttribute(String memberOfAttribute) {
      this.memberOfAttribute = memberOfAttribute;
    }

    public String getGroupBaseDn() {
      return groupBaseDn;
    }

    public void setGroupBaseDn(String groupBaseDn) {
      this.groupBaseDn = groupBaseDn;
    }

    public String getGroupFilter() {
      return groupFilter;
    }

    public void setGroupFilter(String groupFilter) {
      this.groupFilter = groupFilter;
    }

    public String getGroupMemberAttribute() {
      return groupMemberAttribute;
    }

    public void setGroupMemberAttribute(String groupMemberAttribute) {
      this.groupMemberAttribute = groupMemberAttribute;
    }

    public int getPageSize() {
      return pageSize;
    }

    public void setPageSize(int pageSize) {
      this.pageSize = pageSize;
    }

    public int getConnectTimeoutSeconds() {
      return connectTimeoutSeconds;
    }

    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
      this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    public int getReadTimeoutSeconds() {
      return readTimeoutSeconds;
    }

    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
      this.readTimeoutSeconds = readTimeoutSeconds;
    }
  }
}

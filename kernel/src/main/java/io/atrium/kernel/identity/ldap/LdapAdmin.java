package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.DirectorySources;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.security.SecretBox;
import io.atrium.kernel.validation.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.net.SocketFactory;

/**
 * The administrator's side of the LDAP directory: checks and stores its settings (the bind
 * password only sealed, and never handed out again) and tests a connection before it is used.
 */
public final class LdapAdmin {

  static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,62}");
  private static final int TEXT_MAX = 1000;

  /**
   * The outcome of a connection test.
   *
   * @param ok whether the server answered and the searches worked
   * @param people how many people the user filter finds
   * @param departments how many organisational units below the base DN (0 with a department attribute)
   * @param groups how many groups the group search finds (0 without one)
   * @param message what happened, or what to fix
   */
  public record TestResult(boolean ok, int people, int departments, int groups, Message message) {
  }

  private final LdapConfig config;
  private final IdentityStore identities;
  private final Audit audit;
  private final Class<? extends SocketFactory> socketFactory;

  /**
   * Creates the service.
   *
   * @param socketFactory TLS socket factory class for tests, or null for the JVM's trust store
   */
  public LdapAdmin(LdapConfig config, IdentityStore identities, Audit audit,
      Class<? extends SocketFactory> socketFactory) {
    this.config = config;
    this.identities = identities;
    this.audit = audit;
    this.socketFactory = socketFactory;
  }

  /** The stored settings, or the defaults when there are none yet. */
  public LdapSettings settings() {
    return config.settings().orElseGet(LdapSettings::defaults);
  }

  /** Whether settings have been saved. */
  public boolean configured() {
    return config.settings().isPresent();
  }

  /** Whether a bind password is stored. */
  public boolean hasPassword() {
    return config.hasPassword();
  }

  /**
   * Checks and stores settings.
   *
   * @param newPassword the bind password, or null (or empty) to keep the stored one
   * @throws io.atrium.kernel.validation.InvalidInputException listing every problem; nothing is stored then
   */
  public LdapSettings save(LdapSettings settings, String newPassword) {
    String password = newPassword == null || newPassword.isEmpty() ? null : newPassword;
    Problems problems = validate(settings);
    problems.check(!settings.bindDn().isEmpty() && password == null && !config.hasPassword(), "password",
        "validation.ldap.password.required");
    problems.throwIfAny();
    Optional<LdapSettings> before = config.settings();
    config.save(settings, password);
    Map<String, Object> after = describe(settings);
    if (password != null) {
      after.put("password", "changed");
    }
    audit.record(AuditEvent.admin("directory.ldap.update", "directory-source", LdapSettings.SOURCE_ID,
        before.map(LdapAdmin::describe).orElse(Map.of()), after));
    return config.settings().orElseThrow();
  }

  /**
   * Disconnects LDAP: the settings and bind password are forgotten, sign-in through LDAP and the
   * sync stop. People who came from LDAP stay; they need an Atrium password to sign in again.
   */
  public void disconnect() {
    Optional<LdapSettings> before = config.settings();
    config.clear();
    audit.record(AuditEvent.admin("directory.ldap.disconnect", "directory-source", LdapSettings.SOURCE_ID,
        before.map(LdapAdmin::describe).orElse(Map.of()), Map.of()));
  }

  /**
   * Connects with settings and counts what they find, without storing anything.
   *
   * @param settings the settings to try, or null for the stored ones
   * @param password the bind password to try, or null (or empty) for the stored one
   */
  public TestResult test(LdapSettings settings, String password) {
    LdapSettings tried = settings == null ? settings() : settings;
    // only what the connection needs: a half-edited group mapping does not stop a test
    Problems problems = validateConnection(tried, new Problems());
    if (problems.any()) {
      return new TestResult(false, 0, 0, 0, problems.list().get(0).message());
    }
    String secret = password == null || password.isEmpty() ? null : password;
    if (secret == null && !tried.bindDn().isEmpty()) {
      try {
        secret = config.password().orElse(null);
      } catch (SecretBox.SecretUnreadableException e) {
        return new TestResult(false, 0, 0, 0, Message.of("ldap.password.unreadable"));
      }
      if (secret == null) {
        return new TestResult(false, 0, 0, 0, Message.of("validation.ldap.password.required"));
      }
    }
    try (LdapClient.Connection connection = new LdapClient(tried, socketFactory).bindService(secret)) {
      int[] counts = new LdapReader(tried).count(connection);
      return new TestResult(true, counts[0], counts[1], counts[2], Message.of("ldap.test.ok", tried.url(),
          counts[0], counts[1], counts[2]));
    } catch (LdapException e) {
      return new TestResult(false, 0, 0, 0, e.text());
    }
  }

  /** Every problem of a set of settings, by field. */
  Problems validate(LdapSettings settings) {
    Problems problems = validateConnection(settings, new Problems());
    range(problems, "syncIntervalMinutes", settings.syncIntervalMinutes(), DirectorySources.MIN_INTERVAL_MINUTES,
        DirectorySources.MAX_INTERVAL_MINUTES);
    validateMapping(settings.groupRoles(), problems);
    return problems;
  }

  /** The problems of the settings a connection and its searches use. */
  private static Problems validateConnection(LdapSettings settings, Problems problems) {
    problems.check(!validUrls(settings.url()), "url", "validation.ldap.url");
    problems.check(settings.startTls() && settings.ldaps(), "startTls", "validation.ldap.starttls.ldaps");
    problems.check(!validDn(settings.baseDn(), true), "baseDn", "validation.ldap.dn");
    problems.check(settings.bindDn().length() > TEXT_MAX, "bindDn", "validation.length.max", TEXT_MAX);
    problems.check(!validFilter(settings.userFilter()), "userFilter", "validation.ldap.filter");
    attribute(problems, "usernameAttribute", settings.usernameAttribute(), true);
    attribute(problems, "externalIdAttribute", settings.externalIdAttribute(), false);
    attribute(problems, "displayNameAttribute", settings.displayNameAttribute(), false);
    attribute(problems, "emailAttribute", settings.emailAttribute(), false);
    attribute(problems, "mobileAttribute", settings.mobileAttribute(), false);
    attribute(problems, "titleAttribute", settings.titleAttribute(), false);
    attribute(problems, "managerAttribute", settings.managerAttribute(), false);
    attribute(problems, "departmentAttribute", settings.departmentAttribute(), false);
    attribute(problems, "memberOfAttribute", settings.memberOfAttribute(), false);
    if (!settings.groupBaseDn().isEmpty()) {
      problems.check(!validDn(settings.groupBaseDn(), true), "groupBaseDn", "validation.ldap.dn");
      problems.check(!validFilter(settings.groupFilter()), "groupFilter", "validation.ldap.filter");
      attribute(problems, "groupMemberAttribute", settings.groupMemberAttribute(), true);
    }
    range(problems, "pageSize", settings.pageSize(), 1, 5000);
    range(problems, "connectTimeoutSeconds", settings.connectTimeoutSeconds(), 1, 120);
    range(problems, "readTimeoutSeconds", settings.readTimeoutSeconds(), 1, 600);
    return problems;
  }

  private void validateMapping(List<LdapSettings.GroupRole> mapping, Problems problems) {
    Set<String> roles = identities.roleIdsByName().keySet();
    Set<String> groups = new HashSet<>();
    for (int i = 0; i < mapping.size(); i++) {
      LdapSettings.GroupRole line = mapping.get(i);
      String field = "groupRoles[" + i + "]";
      String group = line.group().strip();
      if (group.isEmpty()) {
        problems.add(field + ".group", "validation.required");
      } else if (group.contains("=") && !validDn(group, true)) {
        problems.add(field + ".group", "validation.ldap.dn");
      } else if (group.length() > TEXT_MAX) {
        problems.add(field + ".group", "validation.length.max", TEXT_MAX);
      } else if (!groups.add(LdapReader.key(group))) {
        problems.add(field + ".group", "validation.ldap.group.duplicate", group);
      }
      problems.check(line.roles().isEmpty(), field + ".roles", "validation.ldap.roles.required", group);
      for (String role : line.roles()) {
        problems.check(!roles.contains(role), field + ".roles", "validation.role.unknown", role);
      }
    }
  }

  private static void attribute(Problems problems, String field, String value, boolean required) {
    if (value.isEmpty()) {
      problems.check(required, field, "validation.required");
    } else {
      problems.check(!ATTRIBUTE.matcher(value).matches(), field, "validation.ldap.attribute");
    }
  }

  private static void range(Problems problems, String field, int value, int min, int max) {
    problems.check(value < min || value > max, field, "validation.range", min, max);
  }

  static boolean validUrls(String urls) {
    if (urls.isEmpty() || urls.length() > TEXT_MAX) {
      return false;
    }
    Set<String> schemes = new HashSet<>();
    for (String url : urls.split("\\s+")) {
      try {
        URI uri = new URI(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        schemes.add(scheme);
        if (!(scheme.equals("ldap") || scheme.equals("ldaps")) || uri.getHost() == null
            || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
            || uri.getQuery() != null || uri.getUserInfo() != null) {
          return false;
        }
      } catch (URISyntaxException e) {
        return false;
      }
    }
    // every URL of a fail-over list has to use the same kind of connection
    return schemes.size() == 1;
  }

  static boolean validDn(String dn, boolean required) {
    if (dn.isEmpty()) {
      return !required;
    }
    try {
      return dn.length() <= TEXT_MAX && !new LdapName(dn).isEmpty();
    } catch (InvalidNameException e) {
      return false;
    }
  }

  static boolean validFilter(String filter) {
    if (filter.length() < 3 || filter.length() > TEXT_MAX || filter.charAt(0) != '(' || filter.charAt(
        filter.length() - 1) != ')') {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < filter.length(); i++) {
      char c = filter.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0 || (depth == 0 && i < filter.length() - 1)) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  private static Map<String, Object> describe(LdapSettings settings) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("enabled", settings.enabled());
    fields.put("syncIntervalMinutes", settings.syncIntervalMinutes());
    fields.put("url", settings.url());
    fields.put("startTls", settings.startTls());
    fields.put("bindDn", settings.bindDn());
    fields.put("baseDn", settings.baseDn());
    fields.put("userFilter", settings.userFilter());
    fields.put("usernameAttribute", settings.usernameAttribute());
    fields.put("groupBaseDn", settings.groupBaseDn());
    fields.put("groupRoles", settings.groupRoles().stream().map(g -> g.group() + " -> " + String.join(",",
        g.roles())).toList());
    return fields;
  }
}

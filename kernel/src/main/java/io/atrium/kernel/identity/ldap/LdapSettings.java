package io.atrium.kernel.identity.ldap;

import java.util.List;
import java.util.Objects;

/**
 * How Atrium reads an LDAP or Active Directory server. The bind password is not part of it: it
 * is stored sealed and never shown again.
 *
 * @param enabled whether the schedule syncs it (sign-in works whenever it is configured)
 * @param syncIntervalMinutes minutes between scheduled syncs
 * @param url {@code ldap://host:389} or {@code ldaps://host:636}; several, separated by spaces, for fail-over
 * @param startTls whether to upgrade an {@code ldap://} connection with StartTLS
 * @param bindDn the service account (a DN, or for Active Directory also {@code user@domain}); blank for anonymous
 * @param baseDn where people (and their organisational units) are searched
 * @param userFilter which entries are people
 * @param usernameAttribute the attribute holding the Atrium login name ({@code uid}, {@code sAMAccountName},
 *     {@code userPrincipalName})
 * @param externalIdAttribute the attribute that identifies an entry for good ({@code entryUUID}, {@code objectGUID});
 *     entries without it are identified by their DN
 * @param displayNameAttribute the name shown ({@code cn} is used when it is empty)
 * @param emailAttribute e-mail
 * @param mobileAttribute mobile number
 * @param titleAttribute job title
 * @param managerAttribute the manager's DN
 * @param departmentAttribute blank: departments are the organisational units below the base DN; else the
 *     attribute naming each person's department ({@code department} in Active Directory)
 * @param memberOfAttribute the attribute listing a person's groups ({@code memberOf}); blank for none
 * @param groupBaseDn where groups are searched, blank when groups come from {@code memberOfAttribute} only
 * @param groupFilter which entries are groups
 * @param groupMemberAttribute the group attribute listing members' DNs ({@code member}, {@code uniqueMember})
 * @param pageSize entries per page of a search
 * @param connectTimeoutSeconds how long to wait for a connection
 * @param readTimeoutSeconds how long to wait for an answer
 * @param groupRoles which groups grant which Atrium roles
 */
public record LdapSettings(boolean enabled, int syncIntervalMinutes, String url, boolean startTls, String bindDn,
    String baseDn, String userFilter, String usernameAttribute, String externalIdAttribute,
    String displayNameAttribute, String emailAttribute, String mobileAttribute, String titleAttribute,
    String managerAttribute, String departmentAttribute, String memberOfAttribute, String groupBaseDn,
    String groupFilter, String groupMemberAttribute, int pageSize, int connectTimeoutSeconds, int readTimeoutSeconds,
    List<GroupRole> groupRoles) {

  /** The source id of the built-in LDAP directory. */
  public static final String SOURCE_ID = "ldap";

  /**
   * One line of the group mapping.
   *
   * @param group a group's DN, or its common name ({@code cn})
   * @param roles the Atrium role names its members get
   */
  public record GroupRole(String group, List<String> roles) {
    /** Copies the roles. */
    public GroupRole {
      Objects.requireNonNull(group, "group");
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }

  /** Blank texts become empty strings and the mapping a copy. */
  public LdapSettings {
    url = clean(url);
    bindDn = clean(bindDn);
    baseDn = clean(baseDn);
    userFilter = clean(userFilter);
    usernameAttribute = clean(usernameAttribute);
    externalIdAttribute = clean(externalIdAttribute);
    displayNameAttribute = clean(displayNameAttribute);
    emailAttribute = clean(emailAttribute);
    mobileAttribute = clean(mobileAttribute);
    titleAttribute = clean(titleAttribute);
    managerAttribute = clean(managerAttribute);
    departmentAttribute = clean(departmentAttribute);
    memberOfAttribute = clean(memberOfAttribute);
    groupBaseDn = clean(groupBaseDn);
    groupFilter = clean(groupFilter);
    groupMemberAttribute = clean(groupMemberAttribute);
    groupRoles = groupRoles == null ? List.of() : List.copyOf(groupRoles);
  }

  /** Settings for an OpenLDAP-style directory, not yet pointing anywhere. */
  public static LdapSettings defaults() {
    return new LdapSettings(false, 60, "", false, "", "", "(objectClass=inetOrgPerson)", "uid", "entryUUID",
        "displayName", "mail", "mobile", "title", "manager", "", "memberOf", "",
        "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))", "member", 500, 10, 30,
        List.of());
  }

  /** Whether the URLs use LDAPS. */
  public boolean ldaps() {
    return url.toLowerCase(java.util.Locale.ROOT).startsWith("ldaps:");
  }

  /** Whether departments are organisational units (rather than an attribute's values). */
  public boolean departmentsFromUnits() {
    return departmentAttribute.isEmpty();
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}

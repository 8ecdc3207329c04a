package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.SyncSource;
import io.atrium.sdk.identity.DirectorySnapshot;
import io.atrium.sdk.identity.DirectorySnapshot.Member;
import io.atrium.sdk.identity.DirectorySnapshot.Unit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Turns LDAP entries into the org chart: people (login name, name, mail, mobile, title, manager,
 * enabled), departments (organisational units below the base DN, or the values of a department
 * attribute) and the Atrium roles their groups map to. Attribute names come from the settings,
 * so OpenLDAP and Active Directory both work.
 */
final class LdapReader {

  private static final Logger LOG = Logger.getLogger(LdapReader.class.getName());
  private static final String UNIT_FILTER = "(objectClass=organizationalUnit)";
  /** Active Directory's userAccountControl flag of a disabled account. */
  private static final int ACCOUNT_DISABLED = 0x2;
  private static final String[] NO_ATTRIBUTES = {"1.1"};

  private final LdapSettings settings;
  private final LdapName base;

  /** An entry: its DN and attributes. */
  record Entry(String dn, Attributes attributes) {
  }

  LdapReader(LdapSettings settings) {
    this.settings = settings;
    try {
      this.base = new LdapName(settings.baseDn());
    } catch (InvalidNameException e) {
      throw new IllegalArgumentException("Invalid base DN " + settings.baseDn(), e);
    }
  }

  // ------------------------------------------------------------------------- the whole directory

  /** Reads every person, department and group membership. */
  SyncSource.Reading readAll(LdapClient.Connection connection) throws LdapException {
    Map<String, Unit> units = new LinkedHashMap<>();
    Map<String, String> unitIdsByDn = new LinkedHashMap<>();
    List<Entry> unitEntries = new ArrayList<>();
    if (settings.departmentsFromUnits()) {
      connection.search(settings.baseDn(), UNIT_FILTER, new Object[0], attributes(settings.externalIdAttribute(),
          "ou", "managedBy"), result -> {
            String dn = result.getNameInNamespace();
            if (!key(dn).equals(key(base))) {
              unitEntries.add(new Entry(dn, result.getAttributes()));
              unitIdsByDn.put(key(dn), externalId(dn, result.getAttributes()));
            }
          });
    }
    List<Entry> people = new ArrayList<>();
    Map<String, String> personIdsByDn = new LinkedHashMap<>();
    int[] nameless = {0};
    connection.search(settings.baseDn(), settings.userFilter(), new Object[0], userAttributes(), result -> {
      Entry entry = new Entry(result.getNameInNamespace(), result.getAttributes());
      if (text(entry.attributes(), settings.usernameAttribute()) == null) {
        nameless[0]++;
        return;
      }
      people.add(entry);
      personIdsByDn.put(key(entry.dn()), externalId(entry.dn(), entry.attributes()));
    });
    if (nameless[0] > 0) {
      LOG.warning(nameless[0] + " LDAP entries matching " + settings.userFilter() + " have no "
          + settings.usernameAttribute() + " and were left out");
    }
    for (Entry unit : unitEntries) {
      String parentKey = key(parent(unit.dn()));
      String head = text(unit.attributes(), "managedBy");
      units.put(unitIdsByDn.get(key(unit.dn())), new Unit(unitIdsByDn.get(key(unit.dn())), unitName(unit),
          unitIdsByDn.get(parentKey), head == null ? null : personIdsByDn.getOrDefault(key(head), head)));
    }
    Map<String, Set<String>> groupsByPerson = settings.groupBaseDn().isEmpty() ? Map.of()
        : groupMembers(connection);
    DirectorySnapshot.Builder snapshot = DirectorySnapshot.builder();
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    for (Entry person : people) {
      String department = null;
      if (settings.departmentsFromUnits()) {
        department = unitIdsByDn.get(key(parent(person.dn())));
      } else {
        String value = text(person.attributes(), settings.departmentAttribute());
        if (value != null) {
          department = attributeUnitId(value);
          units.putIfAbsent(department, new Unit(department, value, null, null));
        }
      }
      String manager = text(person.attributes(), settings.managerAttribute());
      Member member = member(person, department, manager == null ? null
          : personIdsByDn.getOrDefault(key(manager), manager));
      snapshot.person(member);
      Set<String> groups = new LinkedHashSet<>(memberOf(person));
      groups.addAll(groupsByPerson.getOrDefault(key(person.dn()), Set.of()));
      roles.put(member.externalId(), roles(groups));
    }
    units.values().forEach(snapshot::department);
    return new SyncSource.Reading(snapshot.build(), roles);
  }

  /** How many people, departments and groups the settings find, for the connection test. */
  int[] count(LdapClient.Connection connection) throws LdapException {
    int[] counts = new int[3];
    connection.search(settings.baseDn(), settings.userFilter(), new Object[0], NO_ATTRIBUTES, r -> counts[0]++);
    if (settings.departmentsFromUnits()) {
      connection.search(settings.baseDn(), UNIT_FILTER, new Object[0], NO_ATTRIBUTES, r -> {
        if (!key(r.getNameInNamespace()).equals(key(base))) {
          counts[1]++;
        }
      });
    }
    if (!settings.groupBaseDn().isEmpty()) {
      connection.search(settings.groupBaseDn(), settings.groupFilter(), new Object[0], NO_ATTRIBUTES,
          r -> counts[2]++);
    }
    return counts;
  }

  // ---------------------------------------------------------------------------- one person

  /**
   * The person with this login name.
   *
   * @throws LdapException when several entries have it
   */
  Optional<Entry> findPerson(LdapClient.Connection connection, String username) throws LdapException {
    List<Entry> found = new ArrayList<>();
    connection.search(settings.baseDn(), "(&" + settings.userFilter() + "(" + settings.usernameAttribute() + "={0}))",
        new Object[] {username}, userAttributes(), result -> found.add(new Entry(result.getNameInNamespace(),
            result.getAttributes())));
    if (found.size() > 1) {
      throw new LdapException(LdapException.Kind.OTHER, Message.of("ldap.user.ambiguous", username,
          settings.usernameAttribute()), null);
    }
    return found.stream().findFirst();
  }

  /** A person's entry as a member of the org chart, their department and manager looked up. */
  Member member(LdapClient.Connection connection, Entry person) throws LdapException {
    String department = null;
    if (settings.departmentsFromUnits()) {
      String parent = parent(person.dn());
      if (!key(parent).equals(key(base)) && within(parent)) {
        Optional<Attributes> unit = connection.read(parent, attributes("objectClass", settings.externalIdAttribute()));
        if (unit.isPresent() && hasValue(unit.get(), "objectClass", "organizationalUnit")) {
          department = externalId(parent, unit.get());
        }
      }
    } else {
      String value = text(person.attributes(), settings.departmentAttribute());
      department = value == null ? null : attributeUnitId(value);
    }
    String managerDn = text(person.attributes(), settings.managerAttribute());
    String manager = null;
    if (managerDn != null) {
      manager = connection.read(managerDn, attributes(settings.externalIdAttribute()))
          .map(attributes -> externalId(managerDn, attributes)).orElse(managerDn);
    }
    return member(person, department, manager);
  }

  /** The Atrium roles a person's groups map to. */
  Set<String> roles(LdapClient.Connection connection, Entry person) throws LdapException {
    Set<String> groups = new LinkedHashSet<>(memberOf(person));
    if (!settings.groupBaseDn().isEmpty()) {
      connection.search(settings.groupBaseDn(), "(&" + settings.groupFilter() + "(" + settings.groupMemberAttribute()
          + "={0}))", new Object[] {person.dn()}, NO_ATTRIBUTES, result -> groups.add(key(
              result.getNameInNamespace())));
    }
    return roles(groups);
  }

  // --------------------------------------------------------------------------------- mapping

  private Member member(Entry person, String department, String manager) {
    Attributes attributes = person.attributes();
    String username = text(attributes, settings.usernameAttribute());
    String displayName = firstNonNull(text(attributes, settings.displayNameAttribute()), text(attributes, "cn"),
        username);
    return new Member(externalId(person.dn(), attributes), username, displayName,
        text(attributes, settings.emailAttribute()), text(attributes, settings.mobileAttribute()), department,
        text(attributes, settings.titleAttribute()), manager, !disabled(attributes));
  }

  private static boolean disabled(Attributes attributes) {
    String control = text(attributes, "userAccountControl");
    if (control == null) {
      return false;
    }
    try {
      return (Integer.parseInt(control.strip()) & ACCOUNT_DISABLED) != 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Map<String, Set<String>> groupMembers(LdapClient.Connection connection) throws LdapException {
    Map<String, Set<String>> groupsByPerson = new LinkedHashMap<>();
    connection.search(settings.groupBaseDn(), settings.groupFilter(), new Object[0],
        attributes(settings.groupMemberAttribute()), result -> {
          String group = key(result.getNameInNamespace());
          Attribute members = settings.groupMemberAttribute().isEmpty() ? null
              : result.getAttributes().get(settings.groupMemberAttribute());
          if (members != null) {
            NamingEnumeration<?> values = members.getAll();
            while (values.hasMore()) {
              Object value = values.next();
              if (value instanceof String dn) {
                groupsByPerson.computeIfAbsent(key(dn), k -> new LinkedHashSet<>()).add(group);
              }
            }
          }
        });
    return groupsByPerson;
  }

  private Set<String> memberOf(Entry person) throws LdapException {
    Set<String> groups = new LinkedHashSet<>();
    if (settings.memberOfAttribute().isEmpty()) {
      return groups;
    }
    try {
      Attribute values = person.attributes().get(settings.memberOfAttribute());
      if (values != null) {
        NamingEnumeration<?> all = values.getAll();
        while (all.hasMore()) {
          groups.add(key(String.valueOf(all.next())));
        }
      }
    } catch (NamingException e) {
      throw new LdapException(LdapException.Kind.OTHER, Message.of("ldap.failed", settings.url(), e.getMessage()),
          e);
    }
    return groups;
  }

  /** The roles of the mapping lines that name one of these groups (keys of their DNs). */
  private Set<String> roles(Set<String> groupKeys) {
    Set<String> roles = new LinkedHashSet<>();
    for (LdapSettings.GroupRole line : settings.groupRoles()) {
      String wanted = line.group().strip();
      boolean matches;
      if (wanted.contains("=")) {
        String wantedKey = key(wanted);
        matches = groupKeys.contains(wantedKey);
      } else {
        String cn = wanted.toLowerCase(Locale.ROOT);
        matches = groupKeys.stream().anyMatch(group -> cn.equals(commonName(group)));
      }
      if (matches) {
        roles.addAll(line.roles());
      }
    }
    return roles;
  }

  /** The cn of a group from its key, or null when its leaf is not a cn. */
  private static String commonName(String groupKey) {
    int comma = groupKey.indexOf(',');
    String leaf = comma < 0 ? groupKey : groupKey.substring(0, comma);
    return leaf.startsWith("cn=") ? leaf.substring(3) : null;
  }

  // ------------------------------------------------------------------------------- helpers

  String[] userAttributes() {
    return attributes(settings.usernameAttribute(), settings.externalIdAttribute(), settings.displayNameAttribute(),
        "cn", settings.emailAttribute(), settings.mobileAttribute(), settings.titleAttribute(),
        settings.managerAttribute(), settings.departmentAttribute(), settings.memberOfAttribute(),
        "userAccountControl");
  }

  private static String[] attributes(String... names) {
    Set<String> list = new LinkedHashSet<>();
    for (String name : names) {
      if (name != null && !name.isEmpty()) {
        list.add(name);
      }
    }
    return list.toArray(String[]::new);
  }

  private String externalId(String dn, Attributes attributes) {
    if (!settings.externalIdAttribute().isEmpty()) {
      Attribute attribute = attributes.get(settings.externalIdAttribute());
      if (attribute != null) {
        try {
          Object value = attribute.get();
          if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
          }
          if (value != null && !value.toString().isBlank()) {
            return value.toString().strip();
          }
        } catch (NamingException e) {
          // fall back to the DN
        }
      }
    }
    return "dn:" + key(dn);
  }

  private static String attributeUnitId(String value) {
    return "attr:" + value.strip().toLowerCase(Locale.ROOT);
  }

  private static String unitName(Entry unit) {
    String ou = text(unit.attributes(), "ou");
    if (ou != null) {
      return ou;
    }
    try {
      LdapName name = new LdapName(unit.dn());
      return String.valueOf(name.getRdn(name.size() - 1).getValue());
    } catch (InvalidNameException e) {
      return unit.dn();
    }
  }

  private boolean within(String dn) {
    try {
      return new LdapName(dn).startsWith(base);
    } catch (InvalidNameException e) {
      return false;
    }
  }

  private static boolean hasValue(Attributes attributes, String name, String wanted) {
    Attribute attribute = attributes.get(name);
    if (attribute == null) {
      return false;
    }
    try {
      NamingEnumeration<?> values = attribute.getAll();
      while (values.hasMore()) {
        if (wanted.equalsIgnoreCase(String.valueOf(values.next()))) {
          return true;
        }
      }
    } catch (NamingException e) {
      return false;
    }
    return false;
  }

  /** The first value of an attribute as text, or null. */
  static String text(Attributes attributes, String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    Attribute attribute = attributes.get(name);
    if (attribute == null) {
      return null;
    }
    try {
      Object value = attribute.get();
      if (value == null) {
        return null;
      }
      String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
          : value.toString();
      return text.isBlank() ? null : text.strip();
    } catch (NamingException e) {
      return null;
    }
  }

  private static String parent(String dn) {
    try {
      LdapName name = new LdapName(dn);
      return name.size() <= 1 ? "" : name.getPrefix(name.size() - 1).toString();
    } catch (InvalidNameException e) {
      return "";
    }
  }

  /** A DN in a form that compares equal for equal DNs: types and values lower case, no extra spaces. */
  static String key(String dn) {
    try {
      return key(new LdapName(dn));
    } catch (InvalidNameException e) {
      return dn.strip().toLowerCase(Locale.ROOT);
    }
  }

  private static String key(LdapName name) {
    List<String> parts = new ArrayList<>();
    List<Rdn> rdns = name.getRdns();
    for (int i = rdns.size() - 1; i >= 0; i--) {
      Rdn rdn = rdns.get(i);
      parts.add(rdn.getType().toLowerCase(Locale.ROOT) + "=" + String.valueOf(rdn.getValue()).strip()
          .toLowerCase(Locale.ROOT));
    }
    return String.join(",", parts);
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}

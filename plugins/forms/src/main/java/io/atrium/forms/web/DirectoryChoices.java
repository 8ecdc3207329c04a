package io.atrium.forms.web;

import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * People and departments for the user and department pickers, and their names for display; a
 * page keeps one, so names read once stay known for the rest of the view.
 */
final class DirectoryChoices {

  static final int MAX_HITS = 20;

  private final Directory directory;
  private final Map<Long, String> personNames = new HashMap<>();
  private Map<Long, String> departmentNames;

  DirectoryChoices(Directory directory) {
    this.directory = directory;
  }

  /**
   * Active people whose name or login contains the text, at most {@link #MAX_HITS}: the directory
   * has no search, so the members of the top departments are read and matched here.
   */
  List<String> people(String text) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Map<Long, Person> found = new LinkedHashMap<>();
    if (!needle.isEmpty()) {
      directory.personByUsername(needle).ifPresent(p -> found.put(p.id(), p));
    }
    for (Department top : directory.departments()) {
      if (top.parentId() != null) {
        continue;
      }
      for (Person person : directory.members(top.id(), true)) {
        if (found.size() >= MAX_HITS) {
          break;
        }
        if (person.status() == UserStatus.ACTIVE && matches(person, needle)) {
          found.putIfAbsent(person.id(), person);
        }
      }
    }
    List<String> ids = new ArrayList<>();
    found.values().forEach(p -> {
      personNames.put(p.id(), label(p));
      ids.add(Long.toString(p.id()));
    });
    return ids;
  }

  private static boolean matches(Person person, String needle) {
    return needle.isEmpty() || person.displayName().toLowerCase(Locale.ROOT).contains(needle)
        || person.username().toLowerCase(Locale.ROOT).contains(needle);
  }

  private static String label(Person person) {
    return person.displayName() + " (" + person.username() + ")";
  }

  /** The name of a user id (as text or number); the id itself when unknown. */
  String personName(Object id) {
    Long key = id(id);
    if (key == null) {
      return id == null ? "" : id.toString();
    }
    return personNames.computeIfAbsent(key, k -> directory.person(k).map(DirectoryChoices::label)
        .orElse("#" + k));
  }

  /** Every department, parents first, its name indented by depth. */
  List<Choice> departments() {
    List<Choice> choices = new ArrayList<>();
    for (Department department : directory.departments()) {
      choices.add(new Choice(Long.toString(department.id()), "\u3000".repeat(Math.max(0, department.depth()))
          + department.name()));
    }
    return choices;
  }

  /** The name of a department id; the id itself when unknown. */
  String departmentName(Object id) {
    Long key = id(id);
    if (key == null) {
      return id == null ? "" : id.toString();
    }
    if (departmentNames == null) {
      departmentNames = new HashMap<>();
      directory.departments().forEach(d -> departmentNames.put(d.id(), d.name()));
    }
    return Optional.ofNullable(departmentNames.get(key)).orElse("#" + key);
  }

  private static Long id(Object id) {
    if (id instanceof Number n) {
      return n.longValue();
    }
    try {
      return id == null ? null : Long.valueOf(id.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package io.atrium.forms.web;

import io.atrium.forms.schema.FieldType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The designer's palette: every field type, in groups, by the JSON name the schema uses. */
final class Palette {

  private static final Map<String, List<FieldType>> GROUPS = new LinkedHashMap<>();

  /** Types whose value reads well as the label of a looked-up record. */
  private static final Set<FieldType> DISPLAYABLE = EnumSet.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.EMAIL,
      FieldType.PHONE, FieldType.URL, FieldType.SELECT, FieldType.RADIO, FieldType.SERIAL, FieldType.INTEGER,
      FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT, FieldType.DATE);

  static {
    GROUPS.put("basic", List.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.INTEGER, FieldType.DECIMAL,
        FieldType.MONEY, FieldType.PERCENT, FieldType.EMAIL, FieldType.PHONE, FieldType.URL));
    GROUPS.put("choice", List.of(FieldType.SELECT, FieldType.MULTISELECT, FieldType.RADIO, FieldType.CHECKBOX,
        FieldType.SWITCH));
    GROUPS.put("datetime", List.of(FieldType.DATE, FieldType.DATETIME, FieldType.TIME));
    GROUPS.put("people", List.of(FieldType.USER, FieldType.DEPARTMENT));
    GROUPS.put("files", List.of(FieldType.ATTACHMENT, FieldType.IMAGE, FieldType.SIGNATURE));
    GROUPS.put("advanced", List.of(FieldType.RICHTEXT, FieldType.REGION, FieldType.SERIAL, FieldType.FORMULA,
        FieldType.LOOKUP, FieldType.SUBTABLE));
  }

  private Palette() {
  }

  /** The groups in order: [{"group": "basic", "types": ["text", ...]}, ...]. */
  static List<Map<String, Object>> groups() {
    List<Map<String, Object>> groups = new ArrayList<>();
    GROUPS.forEach((group, types) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("group", group);
      entry.put("types", types.stream().map(FieldType::jsonName).toList());
      groups.add(entry);
    });
    return groups;
  }

  /** Every type in the palette, for the test that none is missing. */
  static List<FieldType> all() {
    return GROUPS.values().stream().flatMap(List::stream).toList();
  }

  /** Whether a field can be the display field of a lookup. */
  static boolean displayable(FieldType type) {
    return DISPLAYABLE.contains(type);
  }
}

package io.atrium.forms.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a records list shows: visible columns, sort, filters, quick search and page size. Saved
 * views keep it as properties text.
 */
final class ListState {

  static final int DEFAULT_PAGE_SIZE = 20;
  private static final String FILTER = "filter.";

  List<String> columns = new ArrayList<>();
  String sortField;
  boolean ascending;
  Map<String, String> filters = new LinkedHashMap<>();
  String quick;
  int pageSize = DEFAULT_PAGE_SIZE;

  /** The state as properties text. */
  String write() {
    Properties properties = new Properties();
    properties.setProperty("columns", String.join(",", columns));
    if (sortField != null) {
      properties.setProperty("sort", sortField);
      properties.setProperty("ascending", Boolean.toString(ascending));
    }
    filters.forEach((field, value) -> {
      if (value != null && !value.isBlank()) {
        properties.setProperty(FILTER + field, value);
      }
    });
    if (quick != null && !quick.isBlank()) {
      properties.setProperty("quick", quick);
    }
    properties.setProperty("pageSize", Integer.toString(pageSize));
    StringWriter out = new StringWriter();
    try {
      properties.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // drop the date comment so equal states are equal texts
    return out.toString().replaceFirst("^#.*\\R", "");
  }

  /** A state read from properties text; unknown columns and filters are the caller's to drop. */
  static ListState read(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text == null ? "" : text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ListState state = new ListState();
    String columns = properties.getProperty("columns", "");
    if (!columns.isBlank()) {
      state.columns = new ArrayList<>(Arrays.asList(columns.split(",")));
    }
    state.sortField = properties.getProperty("sort");
    state.ascending = Boolean.parseBoolean(properties.getProperty("ascending", "false"));
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(FILTER)) {
        state.filters.put(name.substring(FILTER.length()), properties.getProperty(name));
      }
    }
    state.quick = properties.getProperty("quick");
    try {
      state.pageSize = Integer.parseInt(properties.getProperty("pageSize", Integer.toString(DEFAULT_PAGE_SIZE)));
    } catch (NumberFormatException e) {
      state.pageSize = DEFAULT_PAGE_SIZE;
    }
    return state;
  }
}

package io.atrium.forms.print;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed and checked print template. The language is a small, logic-less subset of Mustache:
 * {@code {{name}}} (a field's value, escaped), {@code {{name.label}}} (its label),
 * {@code {{table.field.label}}} (a line field's label), system fields such as {@code {{_serial}}},
 * {@code {{#table}}...{{/table}}} (once per sub-table line; inside, the line's fields and
 * {@code {{_index}}}), {@code {{#name}}...{{/name}}} and {@code {{^name}}...{{/name}}} (only when the
 * field has a value, or has none) and {@code {{! comments }}}. Nothing in it can write unescaped
 * text, load another file or call code: a template is markup and names, checked against the schema.
 */
public final class PrintTemplate {

  /** The longest template accepted. */
  public static final int MAX_LENGTH = 100_000;

  /** The system fields every template may use, in the order the editor lists them. */
  public static final List<String> SYSTEM_FIELDS = List.of("_form", "_serial", "_id", "_status", "_owner",
      "_department", "_createdBy", "_createdAt", "_updatedBy", "_updatedAt", "_printedBy", "_printedAt");

  /** The line number inside a sub-table loop, from 1. */
  public static final String INDEX = "_index";

  private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A piece of a template. */
  sealed interface Node permits Text, Value, Section {
  }

  /** Markup written as it is. */
  record Text(String text) implements Node {
  }

  /** A placeholder. */
  record Value(String path, int line) implements Node {
  }

  /** A loop over a sub-table's lines, or a part shown only when a field has (or has not) a value. */
  record Section(String name, boolean inverted, List<Node> body, int line) implements Node {
  }

  private final String source;
  private final List<Node> nodes;

  private PrintTemplate(String source, List<Node> nodes) {
    this.source = source;
    this.nodes = List.copyOf(nodes);
  }

  /**
   * Parses and checks a template against a form's schema: every placeholder names a field, a
   * line field inside its table's loop or a system field, and the markup is well-formed XHTML
   * made of layout elements only.
   *
   * @throws InvalidTemplateException naming the line and the placeholder or element at fault
   */
  public static PrintTemplate parse(String text, FormSchema schema) {
    if (text == null || text.isBlank()) {
      throw new InvalidTemplateException("forms.print.invalid.empty", 0);
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidTemplateException("forms.print.invalid.too-long", 0, MAX_LENGTH);
    }
    List<Node> nodes = new Parser(text, schema).parse();
    PrintTemplate template = new PrintTemplate(text, nodes);
    TemplateMarkup.check(template.skeleton());
    return template;
  }

  /** The template's text as written. */
  public String source() {
    return source;
  }

  /** The template filled with a record's values: XHTML for the inside of {@code <body>}. */
  public String render(PrintValues values) {
    StringBuilder out = new StringBuilder(source.length() * 2);
    Deque<PrintValues> scopes = new ArrayDeque<>();
    scopes.push(values);
    write(nodes, scopes, out);
    return out.toString();
  }

  private static void write(List<Node> nodes, Deque<PrintValues> scopes, StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        out.append(text.text());
      } else if (node instanceof Value value) {
        out.append(lookup(value.path(), scopes));
      } else if (node instanceof Section section) {
        List<PrintValues> lines = scopes.peekLast().lines().get(section.name());
        if (lines != null && scopes.size() == 1) {
          if (section.inverted()) {
            if (lines.isEmpty()) {
              write(section.body(), scopes, out);
            }
          } else {
            for (PrintValues line : lines) {
              scopes.push(line);
              write(section.body(), scopes, out);
              scopes.pop();
            }
          }
        } else if (hasValue(section.name(), scopes) != section.inverted()) {
          write(section.body(), scopes, out);
        }
      }
    }
  }

  private static boolean hasValue(String name, Deque<PrintValues> scopes) {
    for (PrintValues scope : scopes) {
      String markup = scope.markup().get(name);
      String value = scope.values().get(name);
      if (markup != null || value != null) {
        return markup != null && !markup.isBlank() || value != null && !value.isBlank();
      }
    }
    return false;
  }

  /** A placeholder's text: markup as it is, anything else escaped; the innermost scope first. */
  private static String lookup(String path, Deque<PrintValues> scopes) {
    if (path.endsWith(".label")) {
      String name = path.substring(0, path.length() - ".label".length());
      for (PrintValues scope : scopes) {
        String label = scope.labels().get(name);
        if (label != null) {
          return escape(label);
        }
      }
      return "";
    }
    for (PrintValues scope : scopes) {
      String markup = scope.markup().get(path);
      if (markup != null) {
        return markup;
      }
      String value = scope.values().get(path);
      if (value != null) {
        return escape(value);
      }
    }
    return "";
  }

  /** Whether markup (sanitised rich text) is well-formed XHTML, so it can be written into a printout as it is. */
  public static boolean wellFormed(String fragment) {
    return TemplateMarkup.wellFormed(fragment);
  }

  /** Text made safe for XHTML content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // characters XML 1.0 forbids would make the page unreadable; they carry no meaning in a printout
          if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The markup with every tag written once and each placeholder as one letter: for checking the markup. */
  private String skeleton() {
    StringBuilder out = new StringBuilder(source.length());
    skeleton(nodes, out);
    return out.toString();
  }

  private static void skeleton(List<Node> nodes, StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        out.append(text.text());
      } else if (node instanceof Value) {
        out.append('x');
      } else if (node instanceof Section section) {
        skeleton(section.body(), out);
      }
    }
  }

  /** Reads the tags of a template and checks their names against the schema. */
  private static final class Parser {
    private final String text;
    private final FormSchema schema;
    private int position;

    Parser(String text, FormSchema schema) {
      this.text = text;
      this.schema = schema;
    }

    List<Node> parse() {
      Deque<List<Node>> bodies = new ArrayDeque<>();
      Deque<Section> open = new ArrayDeque<>();
      List<Node> current = new ArrayList<>();
      while (position < text.length()) {
        int start = text.indexOf("{{", position);
        if (start < 0) {
          current.add(new Text(text.substring(position)));
          break;
        }
        if (start > position) {
          current.add(new Text(text.substring(position, start)));
        }
        int line = lineOf(start);
        int end = text.indexOf("}}", start + 2);
        int newline = text.indexOf('\n', start);
        if (end < 0 || newline >= 0 && newline < end && text.charAt(start + 2) != '!') {
          throw new InvalidTemplateException("forms.print.invalid.unclosed-tag", line, excerpt(start));
        }
        String tag = text.substring(start + 2, end);
        position = end + 2;
        if (tag.startsWith("!")) {
          continue;
        }
        char kind = tag.isEmpty() ? ' ' : tag.charAt(0);
        if (kind == '{' || kind == '&' || kind == '>' || kind == '<' || kind == '=' || kind == '$') {
          throw new InvalidTemplateException("forms.print.invalid.unsafe-tag", line, "{{" + tag + "}}");
        }
        String name = (kind == '#' || kind == '^' || kind == '/' ? tag.substring(1) : tag).strip();
        String table = open.stream().map(Section::name).filter(n -> isTable(n)).findFirst().orElse(null);
        if (kind == '#' || kind == '^') {
          if (!NAME.matcher(name).matches()) {
            throw new InvalidTemplateException("forms.print.invalid.placeholder", line, "{{" + tag + "}}");
          }
          checkSection(name, table, line);
          open.push(new Section(name, kind == '^', List.of(), line));
          bodies.push(current);
          current = new ArrayList<>();
        } else if (kind == '/') {
          if (open.isEmpty()) {
            throw new InvalidTemplateException("forms.print.invalid.close-without-open", line, "{{" + tag + "}}");
          }
          Section section = open.pop();
          if (!section.name().equals(name)) {
            throw new InvalidTemplateException("forms.print.invalid.close-mismatch", line, "{{/" + name + "}}",
                "{{/" + section.name() + "}}", section.line());
          }
          List<Node> body = current;
          current = bodies.pop();
          current.add(new Section(section.name(), section.inverted(), body, section.line()));
        } else {
          if (!PATH.matcher(name).matches()) {
            throw new InvalidTemplateException("forms.print.invalid.placeholder", line, "{{" + tag + "}}");
          }
          checkValue(name, table, line);
          current.add(new Value(name, line));
        }
      }
      if (!open.isEmpty()) {
        Section section = open.pop();
        throw new InvalidTemplateException("forms.print.invalid.unclosed-section", section.line(),
            "{{#" + section.name() + "}}");
      }
      return current;
    }

    private boolean isTable(String name) {
      return schema.field(name).filter(f -> f.type() == FieldType.SUBTABLE).isPresent();
    }

    private void checkSection(String name, String table, int line) {
      if (isTable(name) && table != null) {
        throw new InvalidTemplateException("forms.print.invalid.nested-table", line, "{{#" + name + "}}");
      }
      if (isTable(name) || schema.field(name).isPresent() || SYSTEM_FIELDS.contains(name)
          || table != null && lineField(table, name).isPresent()) {
        return;
      }
      throw new InvalidTemplateException("forms.print.invalid.unknown", line, "{{#" + name + "}}");
    }

    private void checkValue(String path, String table, int line) {
      String[] parts = path.split("\\.");
      boolean known;
      if (parts.length == 1) {
        known = SYSTEM_FIELDS.contains(path) || schema.field(path).isPresent()
            || table != null && (INDEX.equals(path) || lineField(table, path).isPresent());
      } else if (parts.length == 2) {
        known = "label".equals(parts[1]) && (schema.field(parts[0]).isPresent()
            || table != null && lineField(table, parts[0]).isPresent());
      } else {
        known = "label".equals(parts[2]) && isTable(parts[0]) && lineField(parts[0], parts[1]).isPresent();
      }
      if (!known) {
        throw new InvalidTemplateException("forms.print.invalid.unknown", line, "{{" + path + "}}");
      }
    }

    private Optional<FieldDefinition> lineField(String table, String name) {
      return schema.field(table).flatMap(t -> t.lineField(name));
    }

    private int lineOf(int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    private String excerpt(int start) {
      int end = Math.min(text.length(), start + 30);
      int newline = text.indexOf('\n', start);
      return text.substring(start, newline >= 0 && newline < end ? newline : end);
    }
  }

  /** Names a template can use for a schema, for the editor's list: system fields, fields, labels, line fields. */
  public static List<String> placeholders(FormSchema schema) {
    List<String> names = new ArrayList<>();
    SYSTEM_FIELDS.forEach(n -> names.add("{{" + n + "}}"));
    for (FieldDefinition field : schema.fields()) {
      if (field.type() == FieldType.SUBTABLE) {
        names.add("{{#" + field.name() + "}} … {{/" + field.name() + "}}");
        names.add("{{" + INDEX + "}}");
        for (FieldDefinition line : field.fields()) {
          names.add("{{" + line.name() + "}}");
          names.add("{{" + field.name() + "." + line.name() + ".label}}");
        }
      } else {
        names.add("{{" + field.name() + "}}");
      }
      names.add("{{" + field.name() + ".label}}");
    }
    return List.copyOf(new java.util.LinkedHashSet<>(names));
  }
}

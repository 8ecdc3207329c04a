package io.atrium.kernel.expression;

import io.atrium.sdk.expression.InvalidExpressionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an expression's text token by token, before EL parses it: refuses what EL would read as
 * something other than one expression (a stray {@code }}, text around {@code ${}}) or what is
 * almost surely a mistake (an assignment), and finds the top-level variables and the functions
 * called, leaving out string literals, properties ({@code a.b}) and lambda parameters.
 */
final class ExpressionText {

  /** EL's reserved words, which are never variables. */
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "div",
      "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");

  private static final String OPERATOR_CHARS = "+-*/%<>=!&|?:.,;()[]{}";

  /** A function called, with the column of its name (1-based). */
  record Call(String name, int column) {
  }

  /** What the text reads and calls. */
  record Scan(Set<String> variables, List<Call> calls) {
  }

  private enum Kind { IDENTIFIER, NUMBER, STRING, OPERATOR }

  private record Token(Kind kind, String text, int column) {
    boolean is(String operator) {
      return kind == Kind.OPERATOR && text.equals(operator);
    }
  }

  private final String text;
  private final List<Token> tokens = new ArrayList<>();

  private ExpressionText(String text) {
    this.text = text;
  }

  /**
   * Scans an expression.
   *
   * @throws InvalidExpressionException when the text is empty, has an unterminated string, unbalanced
   *     brackets, a character EL does not know, or an assignment
   */
  static Scan scan(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidExpressionException(text, "The expression is empty");
    }
    ExpressionText scanner = new ExpressionText(text);
    scanner.tokenize();
    scanner.checkBrackets();
    return scanner.analyse();
  }

  private void tokenize() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        i = string(i, c);
      } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
          && !afterValue()) {
        i = number(i);
      } else if (Character.isJavaIdentifierStart(c) && c != '$') {
        int start = i;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
          i++;
        }
        tokens.add(new Token(Kind.IDENTIFIER, text.substring(start, i), start + 1));
      } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
        i = operator(i);
      } else {
        throw invalid(i + 1, "the character '" + c + "' is not allowed here");
      }
    }
  }

  private boolean afterValue() {
    if (tokens.isEmpty()) {
      return false;
    }
    Token last = tokens.get(tokens.size() - 1);
    return last.kind != Kind.OPERATOR || last.is(")") || last.is("]");
  }

  private int string(int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        i += 2;
      } else if (c == quote) {
        tokens.add(new Token(Kind.STRING, text.substring(start, i + 1), start + 1));
        return i + 1;
      } else {
        i++;
      }
    }
    throw invalid(start + 1, "the text starting here has no closing " + quote);
  }

  private int number(int start) {
    int i = start;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int exponent = i + 1;
      if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
        exponent++;
      }
      if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
        i = exponent;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start + 1));
    return i;
  }

  private int operator(int start) {
    char c = text.charAt(start);
    char next = start + 1 < text.length() ? text.charAt(start + 1) : 0;
    String two = "" + c + next;
    if (two.equals("->") || two.equals("==") || two.equals("!=") || two.equals("<=") || two.equals(">=")
        || two.equals("&&") || two.equals("||") || two.equals("+=")) {
      tokens.add(new Token(Kind.OPERATOR, two, start + 1));
      return start + 2;
    }
    if (c == '=') {
      throw invalid(start + 1, "expressions cannot assign values; compare with ==");
    }
    tokens.add(new Token(Kind.OPERATOR, String.valueOf(c), start + 1));
    return start + 1;
  }

  /** Brackets must pair up: a lone } would end the expression EL sees early. */
  private void checkBrackets() {
    Deque<Token> open = new ArrayDeque<>();
    for (Token token : tokens) {
      if (token.is("(") || token.is("[") || token.is("{")) {
        open.push(token);
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        String expected = open.isEmpty() ? null : closing(open.peek().text);
        if (!token.text.equals(expected)) {
          throw invalid(token.column, open.isEmpty() ? "'" + token.text + "' closes nothing"
              : "'" + token.text + "' does not close the '" + open.peek().text + "' at column " + open.peek().column);
        }
        open.pop();
      }
    }
    if (!open.isEmpty()) {
      throw invalid(open.peek().column, "'" + open.peek().text + "' is never closed");
    }
  }

  private static String closing(String opening) {
    return switch (opening) {
      case "(" -> ")";
      case "[" -> "]";
      default -> "}";
    };
  }

  private Scan analyse() {
    Set<Integer> declarations = new HashSet<>();
    List<Scope> scopes = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is("->")) {
        scopes.add(lambda(i, declarations));
      }
    }
    Set<String> variables = new LinkedHashSet<>();
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind != Kind.IDENTIFIER || declarations.contains(i) || KEYWORDS.contains(token.text)) {
        continue;
      }
      boolean property = i > 0 && tokens.get(i - 1).is(".");
      if (property || inScope(scopes, token.text, i)) {
        continue;
      }
      if (i + 3 < tokens.size() && tokens.get(i + 1).is(":") && tokens.get(i + 2).kind == Kind.IDENTIFIER
          && tokens.get(i + 3).is("(")) {
        // fn:name(...), as EL reads it
        calls.add(new Call(token.text + ":" + tokens.get(i + 2).text, token.column));
        i += 2;
      } else if (i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
        calls.add(new Call(token.text, token.column));
      } else {
        variables.add(token.text);
      }
    }
    return new Scan(Set.copyOf(variables), List.copyOf(calls));
  }

  /** Where a lambda's parameters are visible: from its arrow to the end of its body. */
  private record Scope(Set<String> parameters, int from, int to) {
  }

  private Scope lambda(int arrow, Set<Integer> declarations) {
    Set<String> parameters = new HashSet<>();
    int before = arrow - 1;
    if (before >= 0 && tokens.get(before).kind == Kind.IDENTIFIER) {
      parameters.add(tokens.get(before).text);
      declarations.add(before);
    } else if (before >= 0 && tokens.get(before).is(")")) {
      for (int i = before - 1; i >= 0 && !tokens.get(i).is("("); i--) {
        if (tokens.get(i).kind == Kind.IDENTIFIER) {
          parameters.add(tokens.get(i).text);
          declarations.add(i);
        }
      }
    }
    int depth = 0;
    int end = arrow + 1;
    for (; end < tokens.size(); end++) {
      Token token = tokens.get(end);
      if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (token.is(",") || token.is(";"))) {
        break;
      }
    }
    return new Scope(parameters, arrow, end);
  }

  private static boolean inScope(List<Scope> scopes, String name, int index) {
    for (Scope scope : scopes) {
      if (index > scope.from && index < scope.to && scope.parameters.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private InvalidExpressionException invalid(int column, String why) {
    return new InvalidExpressionException(text, "Invalid expression at column " + column + ": " + why);
  }
}

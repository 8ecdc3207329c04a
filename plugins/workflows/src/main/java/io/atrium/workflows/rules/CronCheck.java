package io.atrium.workflows.rules;

import io.atrium.workflows.WorkflowsMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a six-field cron expression (second minute hour day month weekday) as the kernel's scheduler
 * reads it: lists, ranges, steps, {@code *}, {@code ?} for day or weekday, month and weekday names,
 * {@code L}, {@code W} and {@code #}. The scheduler library is not visible to plugins, so this is
 * the check before saving; the scheduler reads the expression again when the rule is scheduled.
 */
public final class CronCheck {

  private static final List<String> FIELDS = List.of("second", "minute", "hour", "day", "month", "weekday");
  private static final int[] MIN = {0, 0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 59, 23, 31, 12, 7};
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final Pattern DAY_SPECIAL = Pattern.compile("L(-\\d{1,2})?|LW|\\d{1,2}W");
  private static final Pattern WEEKDAY_SPECIAL = Pattern.compile("([0-7]|[A-Z]{3})(L|#[1-5])");
  private static final Pattern RANGE = Pattern.compile("([^-/]+)(?:-([^-/]+))?(?:/(\\d+))?");

  private CronCheck() {
  }

  /** What is wrong with the expression, or empty if it is fine. */
  public static Optional<WorkflowsMessage> problem(String expression) {
    String[] fields = expression == null ? new String[0] : expression.trim().split("\\s+");
    if (fields.length != 6 || expression.isBlank()) {
      return Optional.of(WorkflowsMessage.of("workflows.rules.cron.fieldCount",
          expression == null || expression.isBlank() ? 0 : fields.length));
    }
    for (int i = 0; i < 6; i++) {
      for (String item : fields[i].toUpperCase(Locale.ROOT).split(",", -1)) {
        if (!valid(i, item)) {
          return Optional.of(WorkflowsMessage.of("workflows.rules.cron.badField", FIELDS.get(i), fields[i],
              MIN[i] + "-" + MAX[i]));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean valid(int field, String item) {
    if (item.isEmpty()) {
      return false;
    }
    if (item.equals("?")) {
      return field == 3 || field == 5;
    }
    if (field == 3 && DAY_SPECIAL.matcher(item).matches()) {
      return !item.endsWith("W") || item.equals("LW") || inRange(field, item.substring(0, item.length() - 1));
    }
    if (field == 5 && WEEKDAY_SPECIAL.matcher(item).matches()) {
      return inRange(field, item.replaceAll("(L|#[1-5])$", ""));
    }
    var range = RANGE.matcher(item);
    if (!range.matches()) {
      return false;
    }
    String from = range.group(1);
    String to = range.group(2);
    String step = range.group(3);
    if (from.equals("*")) {
      return to == null && (step == null || Integer.parseInt(step) > 0);
    }
    if (!inRange(field, from) || to != null && !inRange(field, to)) {
      return false;
    }
    return step == null || Integer.parseInt(step) > 0;
  }

  private static boolean inRange(int field, String value) {
    int number;
    if (field == 4 && MONTHS.contains(value)) {
      return true;
    }
    if (field == 5 && DAYS.contains(value)) {
      return true;
    }
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return false;
    }
    return number >= MIN[field] && number <= MAX[field];
  }
}

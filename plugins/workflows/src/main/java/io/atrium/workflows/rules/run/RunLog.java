package io.atrium.workflows.rules.run;

import java.util.List;

/** The run log per rule: every run with its trigger, record, outcome and error. */
public interface RunLog {

  /** Appends a run. */
  void append(RuleRun run);

  /** The latest runs of a rule, newest first; their actions are empty, their effects are in {@link LoggedRun#effects()}. */
  List<LoggedRun> recent(String ruleId, int limit);
}

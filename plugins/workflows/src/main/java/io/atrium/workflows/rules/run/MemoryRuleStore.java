package io.atrium.workflows.rules.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Run log, applied keys and cursors in memory, for tests and tools. Thread-safe. */
public final class MemoryRuleStore implements RunLog, AppliedKeys, Cursors {

  private final List<LoggedRun> runs = new ArrayList<>();
  private final Map<String, Instant> applied = new HashMap<>();
  private final Map<String, Long> cursors = new HashMap<>();

  @Override
  public synchronized void append(RuleRun run) {
    runs.add(LoggedRun.of(run));
  }

  @Override
  public synchronized List<LoggedRun> recent(String ruleId, int limit) {
    List<LoggedRun> mine = new ArrayList<>();
    for (int i = runs.size() - 1; i >= 0 && mine.size() < limit; i--) {
      if (runs.get(i).ruleId().equals(ruleId)) {
        mine.add(runs.get(i));
      }
    }
    return List.copyOf(mine);
  }

  @Override
  public synchronized boolean isApplied(String actionKey) {
    return applied.containsKey(actionKey);
  }

  @Override
  public synchronized void markApplied(String actionKey, Instant at) {
    applied.putIfAbsent(actionKey, at);
  }

  @Override
  public synchronized long peek(String key) {
    return cursors.getOrDefault(key, 0L);
  }

  @Override
  public synchronized long advance(String key) {
    long position = peek(key);
    cursors.put(key, position + 1);
    return position;
  }
}

package io.atrium.workflows.rules.run;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.sdk.testkit.TestDirectory;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleValidator;
import io.atrium.workflows.rules.json.RuleJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sales team and a runner over memory stores: dan and erin (East) and frank (North) are sales reps in
 * the group {@code sales}, reporting to the supervisor sue. Rules are written as JSON and validated.
 */
final class Rules implements AutoCloseable {

  final PluginTestKit kit = PluginTestKit.forPlugin("workflows").start();
  final TestDirectory directory = kit.directory();
  final long company = directory.department("Sales", null, null);
  final long sue = directory.person("sue", "Sue", company, null);
  final long dan = directory.person("dan", "Dan", company, sue);
  final long erin = directory.person("erin", "Erin", company, sue);
  final long frank = directory.person("frank", "Frank", company, sue);
  final RecordingEffects effects = new RecordingEffects();
  final MemoryRuleStore store = new MemoryRuleStore();
  final Map<Long, Long> openItems = new HashMap<>();
  final List<Rule> saved = new ArrayList<>();
  final RuleRunner runner;

  Rules() {
    directory.head(company, sue);
    directory.group("sales", dan, erin, frank);
    runner = new RuleRunner(new RuleRunner.Parts(() -> saved, effects, store, store, store,
        user -> openItems.getOrDefault(user, 0L), kit.expressions(), directory, kit.calendar(), kit.clock(),
        kit.transactions()));
  }

  /** Reads, validates and saves a rule. */
  Rule save(String json) {
    Rule rule = new RuleJson().read(json);
    new RuleValidator(kit.expressions()).check(rule, null);
    saved.add(rule);
    return rule;
  }

  @Override
  public void close() {
    kit.close();
  }
}

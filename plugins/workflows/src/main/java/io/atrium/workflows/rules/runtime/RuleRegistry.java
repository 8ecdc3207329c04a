package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleProblem;
import io.atrium.workflows.rules.RuleValidator;
import io.atrium.workflows.rules.json.RuleJson;
import io.atrium.workflows.rules.run.RuleCatalog;
import io.atrium.workflows.runtime.RecordSources;
import io.atrium.workflows.runtime.WorkflowsConflictException;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The saved rules: created, changed (naming the version read), switched on and off and deleted,
 * each checked against its record source's fields first; every change re-plans the rule's
 * schedule. It is the runner's {@link RuleCatalog}. Callers check the design permission.
 */
@Component(service = RuleRegistry.class)
public class RuleRegistry implements RuleCatalog {

  private final JdbcRuleDefinitions store;
  private final Transactions transactions;
  private final RecordSources sources;
  private final RuleSchedules schedules;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final RuleValidator validator;
  private final RuleJson json = new RuleJson();

  /** Declarative Services injects the parts. */
  @Activate
  public RuleRegistry(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference RecordSources sources, @Reference RuleSchedules schedules, @Reference Expressions expressions,
      @Reference CurrentUser user, @Reference AtriumClock clock) {
    this.store = new JdbcRuleDefinitions(new RuleJdbc(persistence, transactions));
    this.transactions = transactions;
    this.sources = sources;
    this.schedules = schedules;
    this.user = user;
    this.clock = clock;
    this.validator = new RuleValidator(expressions);
  }

  @Override
  public List<Rule> rules() {
    return list().stream().map(StoredRule::rule).toList();
  }

  /** Every saved rule, by key. */
  public List<StoredRule> list() {
    return store.list();
  }

  /** A saved rule. */
  public Optional<StoredRule> find(String key) {
    return store.find(key);
  }

  /** A saved rule, which must exist. */
  public StoredRule get(String key) {
    return find(key).orElseThrow(() -> new WorkflowsNotFoundException(WorkflowsMessage.of(
        "workflows.rules.runtime.unknown", key)));
  }

  /**
   * Reads and checks a rule without saving it (for a saved rule's draft in test mode).
   *
   * @throws io.atrium.workflows.rules.InvalidRuleException when the JSON's structure is wrong
   * @throws UnusableRuleException when it fails the checks
   */
  public Rule checked(JsonValue ruleJson) {
    Rule rule = json.read(ruleJson);
    List<RuleProblem> problems = problems(rule);
    if (!problems.isEmpty()) {
      throw new UnusableRuleException(problems);
    }
    return rule;
  }

  /** Saves a new rule at version 1. */
  public StoredRule create(JsonValue ruleJson) {
    Rule rule = checked(ruleJson);
    return transactions.required(() -> {
      if (store.find(rule.id()).isPresent()) {
        throw new WorkflowsConflictException(WorkflowsMessage.of("workflows.rules.runtime.exists", rule.id()));
      }
      StoredRule saved = stored(rule, 1);
      store.insert(saved);
      schedules.planned(saved.rule());
      return saved;
    });
  }

  /** Replaces a rule read at {@code version}; its key in the JSON must be {@code key}. */
  public StoredRule update(String key, long version, JsonValue ruleJson) {
    Rule rule = checked(ruleJson);
    if (!rule.id().equals(key)) {
      throw new UnusableRuleException(List.of(RuleProblem.of("$.id", "workflows.rules.runtime.otherKey", rule.id(),
          key)));
    }
    return transactions.required(() -> replaced(get(key), version, rule));
  }

  /** Switches a rule on or off (no version needed: the switch is the whole change). */
  public StoredRule enable(String key, boolean enabled) {
    return transactions.required(() -> {
      StoredRule stored = get(key);
      Rule rule = stored.rule();
      if (rule.enabled() == enabled) {
        return stored;
      }
      return replaced(stored, stored.version(), new Rule(rule.id(), rule.name(), enabled, rule.source(),
          rule.trigger(), rule.condition(), rule.actions()));
    });
  }

  /** Deletes a rule and its schedule; its run log stays. */
  public void delete(String key) {
    transactions.required(() -> {
      StoredRule stored = get(key);
      store.delete(key);
      schedules.removed(stored.rule());
      return null;
    });
  }

  private StoredRule replaced(StoredRule stored, long version, Rule rule) {
    if (stored.version() != version) {
      throw stale(stored.key(), version, stored.version());
    }
    StoredRule saved = stored(rule, version + 1);
    if (!store.update(saved, version)) {
      throw stale(stored.key(), version, version + 1);
    }
    schedules.removed(stored.rule());
    schedules.planned(saved.rule());
    return saved;
  }

  private StoredRule stored(Rule rule, long version) {
    return new StoredRule(rule, json.write(rule), version, user.userId().orElse(null), clock.now());
  }

  private List<RuleProblem> problems(Rule rule) {
    List<RuleProblem> problems = new ArrayList<>();
    Set<String> fields = null;
    if (rule.source() != null && !rule.source().isBlank()) {
      Optional<Set<String>> known = sources.source(rule.source()).map(s -> s.schema().fields().stream()
          .map(RecordField::name).collect(Collectors.toSet()));
      if (known.isEmpty()) {
        problems.add(RuleProblem.of("$.source", "workflows.runtime.unknownSource", rule.source()));
      } else {
        fields = known.get();
      }
    }
    problems.addAll(validator.problems(rule, fields));
    return problems;
  }

  private static WorkflowsConflictException stale(String key, long read, long now) {
    return new WorkflowsConflictException(WorkflowsMessage.of("workflows.rules.runtime.stale", key, read, now));
  }
}

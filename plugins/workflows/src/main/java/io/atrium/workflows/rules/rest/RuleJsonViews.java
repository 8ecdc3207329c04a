package io.atrium.workflows.rules.rest;

import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rest.Answers;
import io.atrium.workflows.rules.json.RuleJson;
import io.atrium.workflows.rules.run.LoggedRun;
import io.atrium.workflows.rules.run.PlannedAction;
import io.atrium.workflows.rules.run.PlannedEffect;
import io.atrium.workflows.rules.run.RuleRun;
import io.atrium.workflows.rules.runtime.StoredRule;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/** How the rules resource shows rules, runs and test results as JSON. */
final class RuleJsonViews {

  private static final RuleJson RULES = new RuleJson();

  private RuleJsonViews() {
  }

  static JsonObject rule(StoredRule stored) {
    JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("key", stored.key())
        .add("name", stored.rule().name()).add("enabled", stored.rule().enabled()).add("version", stored.version())
        .add("savedAt", stored.savedAt().toString());
    if (stored.rule().source() != null) {
      json.add("source", stored.rule().source());
    }
    if (stored.savedBy() != null) {
      json.add("savedBy", stored.savedBy());
    }
    return json.add("rule", RULES.toJson(stored.rule())).build();
  }

  static JsonObject logged(LoggedRun run, Locale locale) {
    JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("runId", run.runId()).add("eventId", run.eventId())
        .add("trigger", run.trigger().name()).add("outcome", run.outcome().name()).add("test", run.test())
        .add("at", run.at().toString());
    if (run.record() != null) {
      json.add("record", run.record());
    }
    message(json, run.message(), locale);
    JsonArrayBuilder effects = Answers.JSON.createArrayBuilder();
    if (!run.effects().isEmpty()) {
      List.of(run.effects().split("\n")).forEach(effects::add);
    }
    return json.add("effects", effects).build();
  }

  static JsonObject run(RuleRun run, Locale locale) {
    JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("runId", run.runId()).add("eventId", run.eventId())
        .add("trigger", run.trigger().name()).add("outcome", run.outcome().name()).add("test", run.test())
        .add("at", run.at().toString());
    if (run.record() != null) {
      json.add("record", run.record().toString());
    }
    message(json, run.message(), locale);
    JsonArrayBuilder actions = Answers.JSON.createArrayBuilder();
    for (PlannedAction action : run.actions()) {
      JsonArrayBuilder effects = Answers.JSON.createArrayBuilder();
      action.effects().stream().map(PlannedEffect::toString).forEach(effects::add);
      actions.add(Answers.JSON.createObjectBuilder().add("index", action.index()).add("key", action.key())
          .add("alreadyApplied", action.alreadyApplied()).add("effects", effects));
    }
    return json.add("actions", actions).build();
  }

  private static void message(JsonObjectBuilder json, WorkflowsMessage message, Locale locale) {
    if (message != null) {
      json.add("message", message.text(locale)).add("messageKey", message.key());
    }
  }
}

package io.atrium.workflows.rules.rest;

import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.rest.Answers;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.TriggerKind;
import io.atrium.workflows.rules.runtime.RuleRegistry;
import io.atrium.workflows.rules.runtime.RuleService;
import io.atrium.workflows.runtime.WorkflowsPermissions;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/workflows/rules}: automation rules — create (the rule's JSON as body), change
 * ({@code {"version": n, "rule": {...}}}), read, list, enable, disable, delete, test mode and the
 * run log. Every method needs {@value WorkflowsPermissions#DESIGN}. A malformed rule answers 400, a
 * rule that fails the checks 422, both listing every problem with its JSON path; a stale version 409.
 */
@Component(service = RulesResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

  /** The most runs one page of the run log shows. */
  static final int MAX_RUNS = 200;

  private static final Map<String, TriggerKind> KINDS = Map.of("recordCreated", TriggerKind.RECORD_CREATED,
      "recordUpdated", TriggerKind.RECORD_UPDATED, "recordDeleted", TriggerKind.RECORD_DELETED,
      "approvalFinished", TriggerKind.APPROVAL_FINISHED, "schedule", TriggerKind.SCHEDULE,
      "relativeDate", TriggerKind.RELATIVE_DATE);

  private final RuleRegistry registry;
  private final RuleService rules;
  private final CurrentUser user;

  /** Declarative Services injects the parts. */
  @Activate
  public RulesResource(@Reference RuleRegistry registry, @Reference RuleService rules, @Reference CurrentUser user) {
    this.registry = registry;
    this.rules = rules;
    this.user = user;
  }

  /** Every rule. */
  @GET
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public String list() {
    JsonArrayBuilder list = Answers.JSON.createArrayBuilder();
    registry.list().forEach(r -> list.add(RuleJsonViews.rule(r)));
    return list.build().toString();
  }

  /** Saves a new rule. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response create(String body) {
    JsonObject json = Answers.object(body);
    return RuleAnswers.of(locale(), () -> Response.status(Response.Status.CREATED)
        .entity(RuleJsonViews.rule(registry.create(json)).toString()).build());
  }

  /** A rule. */
  @GET
  @Path("{key}")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response read(@PathParam("key") String key) {
    return RuleAnswers.of(locale(), () -> Response.ok(RuleJsonViews.rule(registry.get(key)).toString()).build());
  }

  /** Replaces a rule read at {@code version}. */
  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response update(@PathParam("key") String key, String body) {
    JsonObject json = Answers.object(body);
    long version = version(json);
    JsonValue rule = ruleIn(json);
    return RuleAnswers.of(locale(), () -> Response.ok(RuleJsonViews.rule(registry.update(key, version, rule))
        .toString()).build());
  }

  /** Switches a rule on. */
  @POST
  @Path("{key}/enable")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response enable(@PathParam("key") String key) {
    return RuleAnswers.of(locale(), () -> Response.ok(RuleJsonViews.rule(registry.enable(key, true)).toString())
        .build());
  }

  /** Switches a rule off. */
  @POST
  @Path("{key}/disable")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response disable(@PathParam("key") String key) {
    return RuleAnswers.of(locale(), () -> Response.ok(RuleJsonViews.rule(registry.enable(key, false)).toString())
        .build());
  }

  /** Deletes a rule; its run log stays. */
  @DELETE
  @Path("{key}")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response delete(@PathParam("key") String key) {
    return RuleAnswers.of(locale(), () -> {
      registry.delete(key);
      return Response.noContent().build();
    });
  }

  /**
   * Test mode: what the rule would do on a record now, doing nothing. Body (all optional):
   * {@code {"record": "forms.lead/7", "event": "recordUpdated", "changed": ["region"], "outcome": "approved",
   * "rule": {...a draft...}}}.
   */
  @POST
  @Path("{key}/test")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response test(@PathParam("key") String key, String body) {
    JsonObject json = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : Answers.object(body);
    TriggerKind kind = kind(json);
    List<String> changed = json.get("changed") instanceof jakarta.json.JsonArray names
        ? names.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    return RuleAnswers.of(locale(), () -> {
      Rule rule = json.containsKey("rule") ? registry.checked(json.get("rule")) : registry.get(key).rule();
      return Response.ok(RuleJsonViews.run(rules.test(rule, text(json, "record"), kind, changed,
          text(json, "outcome")), locale()).toString()).build();
    });
  }

  /** The run log: the latest runs, newest first. */
  @GET
  @Path("{key}/runs")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response runs(@PathParam("key") String key, @QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > MAX_RUNS) {
      throw new BadRequestProblem("$.limit", "Ask for 1 to " + MAX_RUNS + " runs, not " + limit);
    }
    JsonArrayBuilder runs = Answers.JSON.createArrayBuilder();
    rules.runs(key, limit).forEach(r -> runs.add(RuleJsonViews.logged(r, locale())));
    return Response.ok(Answers.JSON.createObjectBuilder().add("key", key).add("runs", runs).build().toString())
        .build();
  }

  private Locale locale() {
    return user.locale();
  }

  private static long version(JsonObject body) {
    if (!(body.get("version") instanceof JsonNumber number) || !number.isIntegral()) {
      throw new BadRequestProblem("$.version", "Name the version you read as \"version\", a whole number");
    }
    return number.longValue();
  }

  private static JsonValue ruleIn(JsonObject body) {
    JsonValue rule = body.get("rule");
    if (rule == null || rule.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequestProblem("$.rule", "The body holds the rule under \"rule\", a JSON object");
    }
    return rule;
  }

  private static TriggerKind kind(JsonObject body) {
    String event = text(body, "event");
    if (event == null) {
      return null;
    }
    TriggerKind kind = KINDS.get(event);
    if (kind == null) {
      throw new BadRequestProblem("$.event", "An event is one of " + String.join(", ", new java.util.TreeSet<>(
          KINDS.keySet())) + ", not '" + event + "'");
    }
    return kind;
  }

  private static String text(JsonObject body, String name) {
    return body.get(name) instanceof JsonString text ? text.getString() : null;
  }
}

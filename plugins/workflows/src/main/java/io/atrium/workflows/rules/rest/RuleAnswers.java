package io.atrium.workflows.rules.rest;

import io.atrium.workflows.rest.Answers;
import io.atrium.workflows.rules.InvalidRuleException;
import io.atrium.workflows.rules.RuleProblem;
import io.atrium.workflows.rules.runtime.UnusableRuleException;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The rules resource's answers: refused rules as RFC 9457 problems listing each problem with its JSON
 * path ({@code pointer}), text ({@code detail}) and bundle key ({@code code}) — 400 for a malformed
 * rule, 422 for one that fails the checks — and the other refusals as {@link Answers} gives them.
 */
final class RuleAnswers {

  private RuleAnswers() {
  }

  static Response of(Locale locale, Supplier<Response> work) {
    return Answers.of(locale, () -> {
      try {
        return work.get();
      } catch (InvalidRuleException e) {
        return problems(400, "Bad Request", e.problems(), locale);
      } catch (UnusableRuleException e) {
        return problems(422, "Unprocessable Content", e.problems(), locale);
      }
    });
  }

  static Response problems(int status, String title, List<RuleProblem> problems, Locale locale) {
    JsonArrayBuilder list = Answers.JSON.createArrayBuilder();
    for (RuleProblem p : problems) {
      list.add(Answers.JSON.createObjectBuilder().add("pointer", p.path()).add("detail", p.text(locale))
          .add("code", p.key()));
    }
    String body = Answers.JSON.createObjectBuilder().add("type", "about:blank").add("title", title)
        .add("status", status).add("detail", "The rule has " + problems.size() + " problem(s)")
        .add("problems", list).build().toString();
    return Response.status(status).type("application/problem+json").entity(body).build();
  }
}

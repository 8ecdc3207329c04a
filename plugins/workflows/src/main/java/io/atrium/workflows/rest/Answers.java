package io.atrium.workflows.rest;

import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.runtime.UrgedTooOftenException;
import io.atrium.workflows.runtime.WorkflowsConflictException;
import io.atrium.workflows.runtime.WorkflowsForbiddenException;
import io.atrium.workflows.runtime.WorkflowsInputException;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the workflows resources share: reading a JSON body, and answering refusals as RFC 9457
 * problems (404 unknown, 403 not yours, 409 stale or clashing, 422 unusable, 429 urged too often).
 */
public final class Answers {

  /** Looked up once: {@code Json.create...} would search the class path for a provider on every call. */
  public static final JsonProvider JSON = JsonProvider.provider();
  private static final String PROBLEM_JSON = "application/problem+json";

  private Answers() {
  }

  /** The request body as a JSON object; 400 (pointer {@code $}) when it is empty or no JSON object. */
  public static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw new BadRequestProblem("$", "The request needs a JSON object as its body");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException | ArithmeticException e) {
      throw new BadRequestProblem("$", "The body is not a JSON object: " + e.getMessage());
    }
  }

  /** The work's answer, or the problem answer of a refusal in the caller's language. */
  public static Response of(Locale locale, Supplier<Response> work) {
    try {
      return work.get();
    } catch (UrgedTooOftenException e) {
      long seconds = Math.max(1, e.retryAfter().toSeconds());
      return Response.fromResponse(problem(429, "Too Many Requests", e.getMessage(locale)))
          .header("Retry-After", seconds).build();
    } catch (WorkflowsNotFoundException e) {
      return problem(404, "Not Found", e.getMessage(locale));
    } catch (WorkflowsForbiddenException e) {
      return problem(403, "Forbidden", e.getMessage(locale));
    } catch (StaleInstanceException | WorkflowsConflictException e) {
      return problem(409, "Conflict", e.getMessage(locale));
    } catch (WorkflowsInputException e) {
      return problem(422, "Unprocessable Content", e.getMessage(locale));
    } catch (WorkflowsException e) {
      // the engine refused the action in the instance's present state (decided, ended, not allowed)
      return problem(409, "Conflict", e.getMessage(locale));
    }
  }

  /** A problem answer with a status, its title and a detail. */
  public static Response problem(int status, String title, String detail) {
    return problem(status, title, detail, null);
  }

  /**
   * A problem answer listing definition problems, each with its JSON path ({@code pointer}),
   * message ({@code detail}) and bundle key ({@code code}), as forms answers schema problems.
   *
   * @param prefix put in front of each path where the definition sits inside the body, e.g. {@code $.definition}
   */
  static Response definitionProblems(int status, String title, List<DefinitionProblem> problems, String prefix,
      Locale locale) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (DefinitionProblem p : problems) {
      String pointer = prefix == null ? p.path() : prefix + p.path().substring(1);
      list.add(JSON.createObjectBuilder().add("pointer", pointer).add("detail", p.text(locale)).add("code", p.key()));
    }
    return problem(status, title, "The process definition has " + problems.size() + " problem(s)", list);
  }

  private static Response problem(int status, String title, String detail, JsonArrayBuilder problems) {
    JsonObjectBuilder body = JSON.createObjectBuilder().add("type", "about:blank").add("title", title)
        .add("status", status).add("detail", detail);
    if (problems != null) {
      body.add("problems", problems);
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }
}

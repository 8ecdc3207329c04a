package io.atrium.kernel.rest.internal;

import io.atrium.kernel.plugin.PluginNotFoundException;
import io.atrium.kernel.plugin.PluginOperationException;
import io.atrium.kernel.rest.Problem;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Turns exceptions into problem responses; unexpected ones are logged with a reference, never sent as stack traces. */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {
  }

  /** 404 for unknown plugins. */
  @Provider
  public static class NotFound implements ExceptionMapper<PluginNotFoundException> {
    @Override
    public Response toResponse(PluginNotFoundException e) {
      return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  /** The caller's language from Accept-Language: Chinese when asked for, else English. */
  public static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      List<Locale> accepted = headers.getAcceptableLanguages();
      for (Locale locale : accepted) {
        if ("zh".equals(locale.getLanguage())) {
          return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(locale.getLanguage())) {
          return Locale.ROOT;
        }
      }
    }
    return Locale.ROOT;
  }

  /** 422 listing every problem of the input with the field it belongs to. */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidInputException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
      Locale locale = locale(headers);
      JsonArrayBuilder errors = Json.createArrayBuilder();
      StringBuilder detail = new StringBuilder();
      for (FieldProblem problem : e.problems()) {
        String text = problem.message().in(locale);
        errors.add(Json.createObjectBuilder().add("field", problem.field()).add("message", text)
            .add("code", problem.message().key()));
        detail.append(detail.length() == 0 ? "" : " ").append(problem.field().isEmpty() ? "" : problem.field() + ": ")
            .append(text);
      }
      return Problem.of(422, Problem.body(422, "Unprocessable Content", detail.toString()).add("errors", errors));
    }
  }

  /** 404 for unknown objects. */
  @Provider
  public static class Missing implements ExceptionMapper<NotFoundException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException e) {
      return Problem.of(Response.Status.NOT_FOUND, e.text().in(locale(headers)));
    }
  }

  /** 409 for concurrent changes and objects still in use. */
  @Provider
  public static class Conflicting implements ExceptionMapper<ConflictException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConflictException e) {
      return Problem.of(Response.Status.CONFLICT, e.text().in(locale(headers)));
    }
  }

  /** 409 when the plugin's situation forbids the operation. */
  @Provider
  public static class Conflict implements ExceptionMapper<PluginOperationException> {
    @Override
    public Response toResponse(PluginOperationException e) {
      return Problem.of(Response.Status.CONFLICT, e.getMessage());
    }
  }

  /** 403 for missing permissions raised by services. */
  @Provider
  public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return Problem.of(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  /** 400 for bad arguments. */
  @Provider
  public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return Problem.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  /** Keeps JAX-RS's own status codes but answers with a problem body. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (original.hasEntity()) {
        return original;
      }
      return Problem.of(original.getStatus(), original.getStatusInfo().getReasonPhrase(), e.getMessage());
    }
  }

  /** 500 with a reference id; the details go to the server log only. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException web) {
        return new Web().toResponse(web);
      }
      return Problem.unexpected(LOG, e);
    }
  }
}

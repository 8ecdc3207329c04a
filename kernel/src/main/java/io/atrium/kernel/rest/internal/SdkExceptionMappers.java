package io.atrium.kernel.rest.internal;

import io.atrium.kernel.rest.Problem;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordConflictException;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Problem responses for the exceptions of the SDK, which plugin REST methods (and kernel code
 * running plugin record sources) throw; the catch-all for checked exceptions and errors keeps
 * their stack traces in the server log.
 */
public final class SdkExceptionMappers {

  private static final Logger LOG = Logger.getLogger(SdkExceptionMappers.class.getName());

  private SdkExceptionMappers() {
  }

  /** 404 for a record that does not exist. */
  @Provider
  public static class RecordMissing implements ExceptionMapper<RecordNotFoundException> {
    @Override
    public Response toResponse(RecordNotFoundException e) {
      return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  /** 409 for a record someone else changed, with both versions. */
  @Provider
  public static class RecordConflict implements ExceptionMapper<RecordConflictException> {
    @Override
    public Response toResponse(RecordConflictException e) {
      return Problem.of(409, Problem.body(409, "Conflict", e.getMessage())
          .add("expectedVersion", e.expectedVersion())
          .add("actualVersion", e.actualVersion()));
    }
  }

  /** 422 listing every refused field with its label and message. */
  @Provider
  public static class RecordInvalid implements ExceptionMapper<RecordValidationException> {
    @Override
    public Response toResponse(RecordValidationException e) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (FieldProblem problem : e.problems()) {
        errors.add(Json.createObjectBuilder().add("field", problem.field()).add("label", problem.label())
            .add("message", problem.message()));
      }
      return Problem.of(422, Problem.body(422, "Unprocessable Content", e.getMessage()).add("errors", errors));
    }
  }

  /** 400 for a malformed body, with the JSON path of the offending part. */
  @Provider
  public static class BadRequest implements ExceptionMapper<BadRequestProblem> {
    @Override
    public Response toResponse(BadRequestProblem e) {
      return Problem.of(400, Problem.body(400, "Bad Request", e.getMessage()).add("pointer", e.pointer()));
    }
  }

  /**
   * 500 with a reference for checked exceptions and errors, which a plugin method may throw as
   * well; runtime exceptions have {@link ExceptionMappers.Unexpected}.
   */
  @Provider
  public static class Uncaught implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (e instanceof RuntimeException runtime) {
        return new ExceptionMappers.Unexpected().toResponse(runtime);
      }
      return Problem.unexpected(LOG, e);
    }
  }
}

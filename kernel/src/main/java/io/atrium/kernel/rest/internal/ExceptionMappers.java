package io.atrium.kernel.rest.internal;

import io.atrium.kernel.plugin.PluginNotFoundException;
import io.atrium.kernel.plugin.PluginOperationException;
import io.atrium.kernel.rest.Problem;
import io.atrium.sdk.security.AccessDeniedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
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
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
      return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on the server; "
          + "the administrator can find reference " + reference + " in the server log.");
    }
  }
}

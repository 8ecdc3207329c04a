package io.atrium.kernel.rest.internal;

import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that cannot be read as what the method takes (not JSON, or JSON of the wrong
 * shape) is the caller's mistake: 400 with a pointer instead of the 500 Jakarta REST would give.
 */
@Provider
public class UnreadableBody implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (ProcessingException | JsonException | JsonbException e) {
      throw new BadRequestProblem("$", describe(e));
    }
  }

  private static String describe(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParsingException parsing && parsing.getLocation() != null) {
        return "The request body is not valid JSON (line " + parsing.getLocation().getLineNumber() + ", column "
            + parsing.getLocation().getColumnNumber() + ").";
      }
    }
    return "The request body cannot be read: it is not valid JSON or does not fit what this call expects. Check "
        + "the field names and their types.";
  }
}

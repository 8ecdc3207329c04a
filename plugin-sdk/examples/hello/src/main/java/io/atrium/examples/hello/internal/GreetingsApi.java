package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.Greeting;
import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.rest.RestResource;
import io.atrium.sdk.rest.SignedIn;
import io.atrium.sdk.security.CurrentUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The greetings over REST under {@code /api/v1/hello}: an example of a plugin's REST endpoints.
 * Ordinary Jakarta REST annotations, one SDK annotation per method saying who may call it.
 */
@Component(service = RestResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class GreetingsApi implements RestResource {

  /** Most greetings one call lists. */
  static final int MAX_LIMIT = 100;

  /** A greeting as REST shows it. */
  public record GreetingView(long id, String message, String author, Instant createdAt, boolean replied) {

    static GreetingView of(Greeting greeting) {
      return new GreetingView(greeting.getId(), greeting.getMessage(), greeting.getAuthor(), greeting.getCreatedAt(),
          greeting.isReplied());
    }
  }

  /** The body of a new greeting. */
  public record NewGreeting(String message) {
  }

  private final GreetingService greetings;
  private final CurrentUser currentUser;

  /** Declarative Services injects the greeting service and the caller. */
  @Activate
  public GreetingsApi(@Reference GreetingService greetings, @Reference CurrentUser currentUser) {
    this.greetings = greetings;
    this.currentUser = currentUser;
  }

  @Override
  public String path() {
    return "hello";
  }

  /** {@code GET /api/v1/hello/greetings}: the newest greetings first. */
  @GET
  @Path("greetings")
  @RequiresPermission(HelloPermissions.VIEW)
  public List<GreetingView> latest(@QueryParam("limit") @DefaultValue("20") int limit) {
    return greetings.latest(Math.max(1, Math.min(limit, MAX_LIMIT))).stream().map(GreetingView::of).toList();
  }

  /**
   * {@code POST /api/v1/hello/greetings}: stores a greeting from the caller and answers it; 400 when
   * it is missing, blank or too long.
   */
  @POST
  @Path("greetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HelloPermissions.VIEW)
  public GreetingView add(NewGreeting body) {
    if (body == null || body.message() == null) {
      throw new BadRequestProblem("$.message", HelloTexts.text(currentUser.locale(), "hello.error.body"));
    }
    Greeting greeting;
    try {
      greeting = greetings.add(body.message());
    } catch (IllegalArgumentException e) {
      // the service names the text of what is wrong
      throw new BadRequestProblem("$.message", HelloTexts.text(currentUser.locale(), e.getMessage()));
    }
    return GreetingView.of(greeting);
  }

  /** {@code GET /api/v1/hello/me}: what the caller may do with greetings; any signed-in user may ask. */
  @GET
  @Path("me")
  @SignedIn
  public JsonObject me() {
    return Json.createObjectBuilder()
        .add("username", currentUser.username().orElse(""))
        .add("mayView", currentUser.isPermitted(HelloPermissions.VIEW))
        .add("mayReply", currentUser.isPermitted(HelloPermissions.REPLY))
        .build();
  }
}

package io.atrium.kernel.rest;

import io.atrium.kernel.notify.ChannelView;
import io.atrium.kernel.notify.DeliveryCounts;
import io.atrium.kernel.notify.DeliveryFilter;
import io.atrium.kernel.notify.DeliveryPage;
import io.atrium.kernel.notify.InboxPage;
import io.atrium.kernel.notify.NotificationService;
import io.atrium.kernel.security.KernelPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notifications; for administrators, the state of channel deliveries. */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's notifications, and channel deliveries for administrators")
public class NotificationResource {

  /** How many notifications were marked read. */
  public record Marked(int marked) {
  }

  /** Delivery counts and the channels there are. */
  public record DeliveryStatusView(DeliveryCounts counts, List<ChannelView> channels, String baseUrl) {
  }

  @Inject
  NotificationService notifications;

  @Context
  HttpHeaders headers;

  @GET
  @Authenticated
  @Operation(summary = "Lists the caller's notifications, newest first, with their total and the unread count")
  public InboxPage list(
      @Parameter(description = "only unread ones") @QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
      @Parameter(description = "position of the first one, from 0") @QueryParam("offset") @DefaultValue("0") int offset,
      @Parameter(description = "page size, 1 to 100") @QueryParam("limit") @DefaultValue("20") int limit) {
    checkPage(offset, limit);
    return notifications.inbox(TokenResource.caller().userId(), unreadOnly, offset, limit, null);
  }

  @POST
  @Path("{id}/read")
  @Authenticated
  @Operation(summary = "Marks one of the caller's notifications read")
  @APIResponse(responseCode = "204", description = "marked read (or it already was)")
  @APIResponse(responseCode = "404", description = "the caller has no notification with this id")
  public Response markRead(@PathParam("id") long id) {
    if (!notifications.markRead(TokenResource.caller().userId(), id)) {
      return Problem.of(Response.Status.NOT_FOUND, "You have no notification with id " + id + ".");
    }
    return Response.noContent().build();
  }

  @POST
  @Path("read-all")
  @Authenticated
  @Operation(summary = "Marks all the caller's notifications read and says how many were unread")
  public Marked markAllRead() {
    return new Marked(notifications.markAllRead(TokenResource.caller().userId()));
  }

  @GET
  @Path("deliveries")
  @RequiresPermission(KernelPermissions.SYSTEM_VIEW)
  @Operation(summary = "Lists channel deliveries, newest first: by default those given up or being retried, "
      + "with the last error")
  public DeliveryPage deliveries(
      @Parameter(description = "PROBLEMS (default), RETRYING, DEAD, SKIPPED, PENDING, DELIVERED or ALL")
      @QueryParam("status") @DefaultValue("PROBLEMS") String status,
      @Parameter(description = "only the deliveries of this notification") @QueryParam("notification") Long notification,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    checkPage(offset, limit);
    DeliveryFilter filter;
    try {
      filter = DeliveryFilter.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("status must be one of " + List.of(DeliveryFilter.values()) + ", not '"
          + status + "'.");
    }
    return notifications.deliveries(filter, notification, offset, limit);
  }

  @GET
  @Path("status")
  @RequiresPermission(KernelPermissions.SYSTEM_VIEW)
  @Operation(summary = "Counts channel deliveries by state and lists the channels with their availability")
  public DeliveryStatusView status() {
    Locale locale = NotificationPreferenceResource.locale(headers, notifications, TokenResource.caller().userId());
    return new DeliveryStatusView(notifications.counts(), notifications.channels(locale),
        notifications.baseUrl().orElse(null));
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > NotificationService.MAX_PAGE) {
      throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and "
          + NotificationService.MAX_PAGE + ".");
    }
  }
}

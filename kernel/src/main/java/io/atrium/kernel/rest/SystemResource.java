package io.atrium.kernel.rest;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.time.KernelClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System information, and the test-only clock control. */
@Path("v1/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "Server information")
public class SystemResource {

  /** Permission to read system information. */
  public static final String VIEW = io.atrium.kernel.security.KernelPermissions.SYSTEM_VIEW;
  /** Permission to change system settings. */
  public static final String MANAGE = io.atrium.kernel.security.KernelPermissions.SYSTEM_MANAGE;

  /** Facts about the running server. */
  public record SystemInfo(String sdkVersion, String database, boolean safeMode, String dataDir, Instant now,
      long clockOffsetSeconds, long pendingDeliveries, long deadDeliveries) {
  }

  /** How far to move the clock. */
  public record ClockChange(Long advanceSeconds, Boolean reset) {
  }

  @Inject
  Kernel kernel;

  @Inject
  KernelClock clock;

  @Inject
  io.atrium.kernel.rest.internal.PluginRoutes pluginRoutes;

  @Inject
  @org.eclipse.microprofile.metrics.annotation.RegistryType(type = org.eclipse.microprofile.metrics.MetricRegistry.Type.APPLICATION)
  org.eclipse.microprofile.metrics.MetricRegistry metrics;

  @GET
  @RequiresPermission(VIEW)
  @Operation(summary = "Shows the server's SDK version, database, safe mode and event backlog")
  public SystemInfo info() {
    var backlog = kernel.events().backlog();
    return new SystemInfo(kernel.providedSdkVersion().toString(), kernel.dialect().name(),
        kernel.settings().safeMode(), kernel.dataDir().toString(), clock.now(), clock.offset().toSeconds(),
        backlog.pending(), backlog.dead());
  }

  @GET
  @Path("endpoints")
  @RequiresPermission(VIEW)
  @Operation(summary = "Lists every REST call of the server and of the started plugins with the permission it needs")
  public java.util.List<io.atrium.kernel.rest.internal.EndpointTable.Endpoint> endpoints() {
    return io.atrium.kernel.rest.internal.EndpointTable.with(pluginRoutes.endpoints());
  }

  @GET
  @Path("metrics")
  @RequiresPermission(VIEW)
  @Operation(summary = "Shows the application metrics: the platform's and every plugin's counters, gauges and timers")
  public java.util.List<MetricView> metrics() {
    java.util.List<MetricView> views = new java.util.ArrayList<>();
    metrics.getMetrics().forEach((id, metric) -> {
      Object value;
      if (metric instanceof org.eclipse.microprofile.metrics.Counter counter) {
        value = counter.getCount();
      } else if (metric instanceof org.eclipse.microprofile.metrics.Gauge<?> gauge) {
        value = gauge.getValue();
      } else if (metric instanceof org.eclipse.microprofile.metrics.Timer timer) {
        value = java.util.Map.of("count", timer.getCount(), "totalMillis", timer.getElapsedTime().toMillis());
      } else {
        value = metric.getClass().getSimpleName();
      }
      views.add(new MetricView(id.getName(), id.getTags(), value));
    });
    return views;
  }

  /** One metric: its name, tags (such as {@code plugin}) and current value. */
  public record MetricView(String name, java.util.Map<String, String> tags, Object value) {
  }

  @POST
  @Path("clock")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(MANAGE)
  @Operation(summary = "Moves the platform clock; only when the server runs with atrium.testing.clock-control=true")
  public Response moveClock(ClockChange change) {
    if (!kernel.settings().clockControl()) {
      return Problem.of(Response.Status.FORBIDDEN, "Clock control is off; it exists for automated tests only.");
    }
    if (change != null && Boolean.TRUE.equals(change.reset())) {
      clock.reset();
    } else if (change != null && change.advanceSeconds() != null) {
      clock.advance(Duration.ofSeconds(change.advanceSeconds()));
    } else {
      throw new IllegalArgumentException("Send {\"advanceSeconds\": n} or {\"reset\": true}.");
    }
    return Response.ok(info()).build();
  }
}

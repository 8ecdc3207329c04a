package io.atrium.kernel.health;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.host.Contribution;
import io.atrium.sdk.health.HealthContributor;
import io.atrium.sdk.health.HealthResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the kernel has booted, the database answers and every plugin health check is up.
 * A plugin that failed to start does not make the server unready: the rest keeps serving.
 */
@Readiness
@ApplicationScoped
public class KernelReadiness implements HealthCheck {

  @Inject
  Kernel kernel;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("atrium");
    if (!kernel.isReady()) {
      return response.down().withData("reason", kernel.failure().map(f -> "boot failed: " + f)
          .orElse("starting")).build();
    }
    boolean up = true;
    try (Connection connection = kernel.dataSource().getConnection()) {
      if (!connection.isValid(2)) {
        up = false;
        response.withData("database", "not answering");
      } else {
        response.withData("database", kernel.dialect().name());
      }
    } catch (Exception e) {
      up = false;
      response.withData("database", "unreachable: " + e.getMessage());
    }
    for (Contribution<HealthContributor> contribution : kernel.healthContributors().all()) {
      HealthResult result;
      try {
        result = contribution.service().check();
      } catch (RuntimeException e) {
        result = HealthResult.down(e.toString());
      }
      String name = contribution.pluginId() + "." + contribution.service().name();
      response.withData(name, (result.isUp() ? "UP" : "DOWN") + (result.details().isEmpty() ? ""
          : " " + result.details()));
      up &= result.isUp();
    }
    return response.status(up).build();
  }
}

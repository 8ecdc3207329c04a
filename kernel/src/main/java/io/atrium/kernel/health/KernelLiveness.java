package io.atrium.kernel.health;

import io.atrium.kernel.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive unless the kernel failed to boot; a restart is then the administrator's remedy. */
@Liveness
@ApplicationScoped
public class KernelLiveness implements HealthCheck {

  @Inject
  Kernel kernel;

  @Override
  public HealthCheckResponse call() {
    return kernel.failure()
        .map(f -> HealthCheckResponse.named("atrium").down().withData("reason", "boot failed: " + f).build())
        .orElseGet(() -> HealthCheckResponse.named("atrium").up().build());
  }
}

package io.atrium.web.admin;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.event.EventSystem;
import io.atrium.kernel.plugin.PluginInfo;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Facts about the running server: versions, uptime, database, plugins, event backlog, health, memory. */
@Named("systemPage")
@ViewScoped
public class SystemPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String KERNEL_POM = "/META-INF/maven/io.atrium/atrium-kernel/pom.properties";

  /**
   * A name and its value.
   *
   * @param name the name
   * @param value the value
   */
  public record Entry(String name, String value) implements Serializable {
  }

  /**
   * What the page shows.
   *
   * @param version Atrium's version
   * @param sdkVersion the SDK version plugins build against
   * @param startedAt when the kernel became ready
   * @param uptime how long ago that was
   * @param database the database kind
   * @param dataDir the data folder
   * @param safeMode whether only built-in plugins run
   * @param timeZone the company's time zone
   * @param now the platform clock's time
   * @param clockOffsetSeconds how far a test moved the clock
   * @param pluginsByState plugin state to count
   * @param pendingDeliveries event deliveries waiting
   * @param deadDeliveries event deliveries given up
   * @param ready whether the readiness check is up
   * @param checks the readiness check's entries (database, plugin health checks)
   * @param heapUsed heap in use, bytes
   * @param heapCommitted heap committed, bytes
   * @param heapMax largest heap, bytes
   * @param java the Java runtime
   */
  public record Facts(String version, String sdkVersion, Instant startedAt, Duration uptime, String database,
      String dataDir, boolean safeMode, String timeZone, Instant now, long clockOffsetSeconds,
      List<Entry> pluginsByState, long pendingDeliveries, long deadDeliveries, boolean ready, List<Entry> checks,
      long heapUsed, long heapCommitted, long heapMax, String java) implements Serializable {
  }

  @Inject
  KernelServices kernel;

  private Facts facts;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Gathers the facts again. */
  public void refresh() {
    Guard.require(KernelPermissions.SYSTEM_VIEW);
    Kernel k = kernel.kernel();
    Map<String, Integer> states = new TreeMap<>();
    for (PluginInfo plugin : kernel.plugins().list()) {
      states.merge(plugin.state().name(), 1, Integer::sum);
    }
    List<Entry> byState = new ArrayList<>();
    states.forEach((state, count) -> byState.add(new Entry(state, Integer.toString(count))));
    HealthCheckResponse readiness = kernel.readiness().call();
    List<Entry> checks = new ArrayList<>();
    readiness.getData().ifPresent(data -> new TreeMap<>(data).forEach((name, value) -> checks.add(new Entry(name,
        String.valueOf(value)))));
    EventSystem.Backlog backlog = k.events().backlog();
    Runtime runtime = Runtime.getRuntime();
    Instant startedAt = Instant.ofEpochMilli(k.startedAt());
    facts = new Facts(version(), k.providedSdkVersion().toString(), startedAt,
        Duration.between(startedAt, Instant.now()), k.dialect().name(), k.dataDir().toAbsolutePath().toString(),
        k.settings().safeMode(), kernel.clock().zone().getId(), kernel.clock().now(),
        kernel.clock().offset().toSeconds(), byState, backlog.pending(), backlog.dead(),
        readiness.getStatus() == HealthCheckResponse.Status.UP, checks, runtime.totalMemory() - runtime.freeMemory(),
        runtime.totalMemory(), runtime.maxMemory(), System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version"));
  }

  public Facts getFacts() {
    return facts;
  }

  /** Atrium's version from the kernel jar's Maven metadata. */
  static String version() {
    try (InputStream in = Kernel.class.getResourceAsStream(KERNEL_POM)) {
      if (in == null) {
        return "?";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "?");
    } catch (IOException e) {
      return "?";
    }
  }
}

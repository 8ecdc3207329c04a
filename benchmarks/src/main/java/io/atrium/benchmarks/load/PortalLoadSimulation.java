package io.atrium.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Members of an office at work: each signs in once through the login form, then keeps opening the
 * workbench and the to-do center with a few seconds between pages. Once every member has signed in,
 * all of them work at once for the steady time; the goal is measured there. The
 * simulation starts the distribution itself (loopback, H2, the hello plugin installed), creates the
 * members and their to-dos first and stops the server at the end.
 *
 * <p>Goal: the 95th percentile of both pages under 100 ms, and no failed request.
 * System properties (the benchmarks pom sets them): {@code benchmark.load.users} (50),
 * {@code benchmark.load.rampSeconds} (10: over which the members arrive), {@code
 * benchmark.load.steadySeconds} (60: how long all members work at once after all signed in), {@code benchmark.load.greetings} (30 to-dos each), {@code
 * benchmark.load.p95Millis} (100), {@code benchmark.load.warmUp} (50 loads of each page before the run,
 * not measured) and {@code atrium.bench.*} for the server.
 */
public class PortalLoadSimulation extends Simulation {

  /** Request names, as the report lists them. */
  static final String WORKBENCH = "workbench";
  static final String TODO = "to-do center";
  static final String SIGN_IN = "sign in";
  static final String LOGIN_PAGE = "login page";
  /** Added to the names of pages opened while members are still signing in. */
  static final String SIGN_IN_PHASE = " (while members sign in)";

  /** Sign-ins answered so far, successful or not. */
  private static final AtomicInteger SIGN_INS_DONE = new AtomicInteger();

  private static final int USERS = Integer.getInteger("benchmark.load.users", 50);
  private static final int RAMP_SECONDS = Integer.getInteger("benchmark.load.rampSeconds", 10);
  private static final int STEADY_SECONDS = Integer.getInteger("benchmark.load.steadySeconds", 60);
  private static final int GREETINGS = Integer.getInteger("benchmark.load.greetings", 30);
  private static final int P95_MILLIS = Integer.getInteger("benchmark.load.p95Millis", 100);
  /** Loads of each page before the run, not measured. */
  private static final int WARM_UP = Integer.getInteger("benchmark.load.warmUp", 50);

  private final BenchmarkServer server = BenchmarkServer.fromSystemProperties();

  /** Describes the load; the server starts only in {@link #before()}. */
  public PortalLoadSimulation() {
    List<Map<String, Object>> members = java.util.stream.IntStream.rangeClosed(1, USERS)
        .mapToObj(n -> Map.<String, Object>of("username", LoadData.member(n), "password", LoadData.PASSWORD))
        .toList();

    HttpProtocolBuilder protocol = http.baseUrl(server.baseUrl())
        // nothing but the server under test: no warm-up request to the outside
        .disableWarmUp()
        .acceptHeader("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        .acceptLanguageHeader("zh-CN,zh;q=0.9")
        .acceptEncodingHeader("gzip, deflate")
        .userAgentHeader("Atrium load benchmark (Gatling)");

    // first everyone signs in (the Argon2 hashes of the sign-ins keep both processors busy, so pages
    // opened meanwhile are named apart); once all have, all of them work at once for the steady time
    ScenarioBuilder work = scenario("members at work")
        .feed(listFeeder(members).queue())
        .exec(http(LOGIN_PAGE).get("/login.xhtml").check(status().is(200)))
        .exec(http(SIGN_IN).post("/login.xhtml")
            .formParam("username", "#{username}")
            .formParam("password", "#{password}")
            // the form answers with a redirect to the workbench, which Gatling follows
            .check(status().is(200), substring("id=\"userName\"")))
        .exec(session -> {
          SIGN_INS_DONE.incrementAndGet();
          return session;
        })
        .exitHereIfFailed()
        .asLongAs(session -> SIGN_INS_DONE.get() < USERS).on(
            pages(WORKBENCH + SIGN_IN_PHASE, TODO + SIGN_IN_PHASE))
        .during(Duration.ofSeconds(STEADY_SECONDS)).on(
            pages(WORKBENCH, TODO));

    setUp(work.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
        .protocols(protocol)
        // a hard bound, whatever happens
        .maxDuration(Duration.ofSeconds(RAMP_SECONDS + STEADY_SECONDS + 300L))
        .assertions(
            details(WORKBENCH).responseTime().percentile(95.0).lt(P95_MILLIS),
            details(TODO).responseTime().percentile(95.0).lt(P95_MILLIS),
            global().failedRequests().count().is(0L));
  }

  /** A member's round: a pause, the workbench, a pause, the to-do center. */
  private static ChainBuilder pages(String workbench, String todo) {
    return exec(
        pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
        exec(http(workbench).get("/index.xhtml")
            .check(status().is(200), substring("atrium-page-title"), substring("widget-"))),
        pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
        exec(http(todo).get("/todo.xhtml")
            .check(status().is(200), substring("todoForm:tasks"), substring(LoadData.GREETING))));
  }

  @Override
  public void before() {
    try {
      server.start();
      LoadData.createMembers(server, USERS);
      LoadData.leaveGreetings(server, GREETINGS);
      LoadData.warmUp(server, LoadData.member(1), WARM_UP, "/index.xhtml", "/todo.xhtml");
      writeRunInfo();
      System.out.printf("%d members, %d to-dos each; ramp-up %d s, then %d s all at once%n", USERS, GREETINGS,
          RAMP_SECONDS, STEADY_SECONDS);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw new IllegalStateException("Cannot prepare the server for the load: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void after() {
    server.close();
  }

  /** What the report needs to say about the run that Gatling's results do not. */
  private void writeRunInfo() throws IOException {
    Path file = Paths.get(System.getProperty("atrium.bench.work")).resolveSibling("load-run.properties");
    Files.writeString(file, String.join("\n",
        "users=" + USERS, "rampSeconds=" + RAMP_SECONDS, "steadySeconds=" + STEADY_SECONDS, "greetings=" + GREETINGS,
        "p95Millis=" + P95_MILLIS, "warmUp=" + WARM_UP, "javaOptions=" + server.javaOptions(),
        "processors=" + Runtime.getRuntime().availableProcessors(), ""));
  }
}

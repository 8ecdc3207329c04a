package io.atrium.benchmarks.forms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one operation on N threads at once, either for a time (a warm-up, then the measured span) or
 * for a number of calls, and collects what was done in the measured part: count, failures and the
 * latency of each call. The workflows benchmark uses it too.
 */
public final class Workers {

  /** One worker's unit of work; each worker gets its own (its own connection). */
  public interface Operation extends AutoCloseable {
    /** Does the work once; throws when it failed. */
    void run(long n) throws Exception;

    @Override
    default void close() throws Exception {
    }
  }

  /** Makes the operation of worker {@code worker}. */
  public interface Factory {
    Operation create(int worker) throws Exception;
  }

  /** What the measured part did. */
  public record Result(int workers, long calls, long failures, String firstFailure, double seconds, long[] nanos) {

    /** Successful calls per second. */
    public double perSecond() {
      return calls / seconds;
    }

    /** A latency percentile in milliseconds (nearest rank). */
    public double percentileMillis(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100 * nanos.length);
      return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    /** Line for the console. */
    public String summary() {
      return String.format(Locale.ROOT, "%d calls, %.0f/s, %d failed, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", calls,
          perSecond(), failures, percentileMillis(50), percentileMillis(95), percentileMillis(99));
    }
  }

  private Workers() {
  }

  /** Runs for {@code warmUp} unmeasured, then {@code measured}; every worker stops after that. */
  public static Result forTime(int workers, Duration warmUp, Duration measured, Factory factory) throws Exception {
    long start = System.nanoTime();
    long from = start + warmUp.toNanos();
    long until = from + measured.toNanos();
    AtomicLong sequence = new AtomicLong();
    return run(workers, factory, (operation, latencies, failures) -> {
      long now = System.nanoTime();
      while (now < until) {
        long began = now;
        boolean ok = call(operation, sequence.incrementAndGet(), failures, began >= from);
        now = System.nanoTime();
        if (ok && began >= from && now <= until) {
          latencies.add(now - began);
        }
      }
    }, measured.toNanos() / 1e9);
  }

  /** Runs {@code warmUp} calls unmeasured, then {@code count} measured calls, spread over the workers. */
  public static Result forCount(int workers, int warmUp, int count, Factory factory) throws Exception {
    AtomicLong tickets = new AtomicLong();
    Object lock = new Object();
    long[] span = {Long.MAX_VALUE, 0};
    Result result = run(workers, factory, (operation, latencies, failures) -> {
      long ticket;
      while ((ticket = tickets.incrementAndGet()) <= warmUp + (long) count) {
        boolean measured = ticket > warmUp;
        long began = System.nanoTime();
        boolean ok = call(operation, ticket, failures, measured);
        long ended = System.nanoTime();
        if (measured) {
          synchronized (lock) {
            span[0] = Math.min(span[0], began);
            span[1] = Math.max(span[1], ended);
          }
          if (ok) {
            latencies.add(ended - began);
          }
        }
      }
    }, 0);
    double seconds = (span[1] - span[0]) / 1e9;
    return new Result(result.workers(), result.calls(), result.failures(), result.firstFailure(), seconds,
        result.nanos());
  }

  /** The loop of one worker. */
  private interface Loop {
    void run(Operation operation, Latencies latencies, Failures failures) throws Exception;
  }

  /** Failures counted in the measured part, and the first one seen at all. */
  private static final class Failures {
    final AtomicLong count = new AtomicLong();
    final AtomicReference<String> first = new AtomicReference<>();
  }

  /** A growing array of nanoseconds. */
  private static final class Latencies {
    long[] values = new long[1024];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  private static boolean call(Operation operation, long n, Failures failures, boolean measured) {
    try {
      operation.run(n);
      return true;
    } catch (Exception e) {
      if (measured) {
        failures.count.incrementAndGet();
      }
      failures.first.compareAndSet(null, e.toString());
      return false;
    }
  }

  private static Result run(int workers, Factory factory, Loop loop, double seconds) throws Exception {
    List<Operation> operations = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    Failures failures = new Failures();
    try {
      for (int w = 0; w < workers; w++) {
        operations.add(factory.create(w));
      }
      List<Future<Latencies>> done = new ArrayList<>();
      for (Operation operation : operations) {
        done.add(pool.submit(() -> {
          Latencies latencies = new Latencies();
          loop.run(operation, latencies, failures);
          return latencies;
        }));
      }
      long[] all = new long[0];
      for (Future<Latencies> future : done) {
        Latencies latencies = future.get();
        int at = all.length;
        all = Arrays.copyOf(all, at + latencies.size);
        System.arraycopy(latencies.values, 0, all, at, latencies.size);
      }
      Arrays.sort(all);
      return new Result(workers, all.length, failures.count.get(), failures.first.get(), seconds, all);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      for (Operation operation : operations) {
        operation.close();
      }
    }
  }
}

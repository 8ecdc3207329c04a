package io.atrium.kernel.portal;

import io.atrium.kernel.security.CallerContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * Calls plugin providers for a portal page in parallel, as the signed-in user, each within a time
 * budget: a provider that throws or takes too long is reported (and logged) instead of holding up
 * or breaking the page. The worker threads carry the caller's Shiro subject, {@link CallerContext}
 * and context class loader, so {@code CurrentUser} and {@code AccessService} answer for the caller.
 */
public final class ProviderCalls implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ProviderCalls.class.getName());

  private final ThreadPoolExecutor executor;

  /**
   * Creates the calls with threads of their own.
   *
   * @param maxThreads at most this many provider calls run at once; more run on the caller's thread
   */
  public ProviderCalls(int maxThreads) {
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(0, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), work -> {
      Thread thread = new Thread(work, "atrium-portal-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * One provider call.
   *
   * @param what names the provider in the log, e.g. {@code search provider hello/greetings}
   * @param work the call
   */
  public record Call<T>(String what, Callable<T> work) {
  }

  /**
   * How a call ended: with a value, with an exception, or not within the budget.
   *
   * @param what the call's name
   * @param value the value, or null
   * @param error what it threw, or null
   * @param timedOut whether it did not finish in time
   */
  public record Outcome<T>(String what, T value, Throwable error, boolean timedOut) {

    /** Whether the call returned a value. */
    public boolean ok() {
      return error == null && !timedOut;
    }
  }

  /** Runs the calls in parallel and waits for them until the budget (from now) is spent; outcomes in call order. */
  public <T> List<Outcome<T>> all(List<Call<T>> calls, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    List<Future<T>> futures = new ArrayList<>();
    List<Outcome<T>> inline = new ArrayList<>();
    for (Call<T> call : calls) {
      Callable<T> asCaller = asCaller(call.work());
      try {
        futures.add(executor.submit(asCaller));
        inline.add(null);
      } catch (RejectedExecutionException busy) {
        // every thread is taken: do the work here rather than leave the provider out
        futures.add(null);
        inline.add(runHere(call));
      }
    }
    List<Outcome<T>> outcomes = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      Call<T> call = calls.get(i);
      Future<T> future = futures.get(i);
      outcomes.add(future == null ? inline.get(i) : await(call, future, deadline, budget));
    }
    return outcomes;
  }

  /** Runs one call on the calling thread without a time limit (actions that change data must not be abandoned). */
  public static <T> Outcome<T> runHere(Call<T> call) {
    try {
      return new Outcome<>(call.what(), call.work().call(), null, false);
    } catch (Exception | LinkageError e) {
      LOG.log(Level.WARNING, "The " + call.what() + " failed: " + e, e);
      return new Outcome<>(call.what(), null, e, false);
    }
  }

  private static <T> Outcome<T> await(Call<T> call, Future<T> future, long deadline, Duration budget) {
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      return new Outcome<>(call.what(), future.get(left, TimeUnit.NANOSECONDS), null, false);
    } catch (TimeoutException e) {
      future.cancel(true);
      LOG.warning(() -> "The " + call.what() + " did not answer within " + budget.toMillis() + " ms and is left out");
      return new Outcome<>(call.what(), null, null, true);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.log(Level.WARNING, "The " + call.what() + " failed: " + cause, cause);
      return new Outcome<>(call.what(), null, cause, false);
    } catch (CancellationException e) {
      return new Outcome<>(call.what(), null, e, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return new Outcome<>(call.what(), null, e, false);
    }
  }

  /** Wraps work so that it runs with the calling thread's subject, caller context and class loader. */
  private static <T> Callable<T> asCaller(Callable<T> work) {
    Subject subject = ThreadContext.getSubject();
    CallerContext caller = CallerContext.current();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Callable<T> bound = subject == null ? work : subject.associateWith(work);
    return () -> {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      CallerContext.set(caller);
      try {
        return bound.call();
      } finally {
        CallerContext.clear();
        thread.setContextClassLoader(previous);
      }
    };
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}

package io.atrium.kernel.blob;

import java.util.function.Consumer;

/** The calling thread's transaction as the blob store needs it: whether there is one, and what to do when it ends. */
public interface CompletionHooks {

  /** Whether a transaction is active on this thread. */
  boolean active();

  /** Runs an action once the active transaction has ended; it gets whether the transaction committed. */
  void afterCompletion(Consumer<Boolean> action);
}

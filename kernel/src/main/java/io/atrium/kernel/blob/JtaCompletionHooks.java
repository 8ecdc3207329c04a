package io.atrium.kernel.blob;

import io.atrium.kernel.persistence.JtaEnvironment;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link CompletionHooks} on the container's JTA transaction, through interposed synchronizations. */
public final class JtaCompletionHooks implements CompletionHooks {

  private static final Logger LOG = Logger.getLogger(JtaCompletionHooks.class.getName());

  @Override
  public boolean active() {
    int status = JtaEnvironment.synchronizationRegistry().getTransactionStatus();
    return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
  }

  @Override
  public void afterCompletion(Consumer<Boolean> action) {
    JtaEnvironment.synchronizationRegistry().registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // files change only once the outcome is known
      }

      @Override
      public void afterCompletion(int status) {
        try {
          action.accept(status == Status.STATUS_COMMITTED);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Tidying blob files after a transaction failed", e);
        }
      }
    });
  }
}

package io.atrium.kernel.persistence;

import org.eclipse.persistence.transaction.JTATransactionController;

/** Hands EclipseLink the container's transaction manager registered in {@link JtaEnvironment}. */
public final class AtriumTransactionController extends JTATransactionController {

  /** Called by EclipseLink. */
  public AtriumTransactionController() {
    super(JtaEnvironment.transactionManager());
  }
}

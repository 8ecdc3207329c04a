package io.atrium.kernel.persistence;

import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.ExternalTransactionController;

/**
 * EclipseLink server platform for plugin persistence units on the server: joins the container's
 * JTA transactions through {@link AtriumTransactionController}. EclipseLink creates it by name.
 */
public final class AtriumServerPlatform extends ServerPlatformBase {

  /** Called by EclipseLink. */
  public AtriumServerPlatform(DatabaseSession session) {
    super(session);
  }

  @Override
  public Class<? extends ExternalTransactionController> getExternalTransactionControllerClass() {
    return AtriumTransactionController.class;
  }
}

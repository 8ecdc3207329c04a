package io.atrium.kernel.expression;

import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.ExpressionFactory;

/**
 * Finds the Jakarta EL implementation: the one the server ships (Payara: Expressly), or the one on
 * the test class path. The lookup goes through the thread's context class loader, which on a
 * plugin's thread is the plugin's, so it runs with the kernel's loader, and once, at boot.
 */
final class ElFactory {

  private ElFactory() {
  }

  /** The factory, found with the kernel's class loader, else with the EL API's. */
  static ExpressionFactory create() {
    ELException failure;
    try {
      return withLoader(ElFactory.class.getClassLoader());
    } catch (ELException e) {
      failure = e;
    }
    try {
      return withLoader(ExpressionFactory.class.getClassLoader());
    } catch (ELException e) {
      IllegalStateException missing = new IllegalStateException("No Jakarta EL implementation is available to the "
          + "kernel; the server must provide one (Payara ships Expressly), or add org.glassfish.expressly:expressly "
          + "to the class path of tests", failure);
      missing.addSuppressed(e);
      throw missing;
    }
  }

  private static ExpressionFactory withLoader(ClassLoader loader) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      ExpressionFactory factory = ExpressionFactory.newInstance();
      // EL's method lookup coerces with ELManager's factory, created on first use with the
      // context class loader: make that first use happen here, with a loader that finds one
      ELManager.getExpressionFactory();
      return factory;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}

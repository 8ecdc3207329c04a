package io.atrium.kernel.expression;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.FunctionMapper;
import jakarta.el.ImportHandler;
import jakarta.el.VariableMapper;
import java.time.ZoneId;
import java.util.Map;

/**
 * The EL context of one compilation or evaluation: the shared read-only resolver, the functions,
 * no EL variables, and an import handler that knows no class, so that neither {@code System} nor
 * {@code java.lang.Runtime} nor a constructor call resolves to a Java class.
 */
final class ExpressionContext extends ELContext {

  /** Resolves no class and refuses imports. */
  private static final ImportHandler NO_IMPORTS = new ImportHandler() {
    @Override
    public void importStatic(String name) {
      throw new ELException("Expressions cannot import " + name);
    }

    @Override
    public void importClass(String name) {
      throw new ELException("Expressions cannot import " + name);
    }

    @Override
    public void importPackage(String packageName) {
      // EL's constructor imports java.lang; harmless, as no class is ever resolved
    }

    @Override
    public Class<?> resolveClass(String name) {
      return null;
    }

    @Override
    public Class<?> resolveStatic(String name) {
      return null;
    }
  };

  private final ELResolver resolver;

  ExpressionContext(ExpressionFactory factory, ELResolver resolver, Map<String, ?> variables, ZoneId zone) {
    this.resolver = resolver;
    // EL coerces with the factory of the context, never one looked up through the thread's class loader
    putContext(ExpressionFactory.class, factory);
    putContext(ExpressionResolvers.Bindings.class, new ExpressionResolvers.Bindings(variables, zone));
  }

  @Override
  public ELResolver getELResolver() {
    return resolver;
  }

  @Override
  public FunctionMapper getFunctionMapper() {
    return ExpressionFunctions.MAPPER;
  }

  @Override
  public VariableMapper getVariableMapper() {
    return null;
  }

  @Override
  public ImportHandler getImportHandler() {
    return NO_IMPORTS;
  }
}

package io.atrium.kernel.expression;

import jakarta.el.ArrayELResolver;
import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.ListELResolver;
import jakarta.el.MapELResolver;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.TypeConverter;
import java.beans.FeatureDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What an expression can reach, as one read-only EL resolver: its variables, entries of maps,
 * items of lists and arrays, EL's collection streams, and side-effect-free methods of values
 * (text, numbers, dates, read methods of lists and maps). No beans, no static members, no classes:
 * whatever else an expression asks for is not found.
 */
final class ExpressionResolvers {

  /** Methods of {@link Object} that must never be called: they lead to classes or threads. */
  private static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll");

  /** Read methods of lists, sets and maps. */
  private static final Set<String> COLLECTION_READS = Set.of("size", "isEmpty", "contains", "containsAll", "get",
      "indexOf", "lastIndexOf", "subList", "containsKey", "containsValue", "getOrDefault", "keySet", "values");

  /** The variables and the time zone of one evaluation, kept in its EL context. */
  record Bindings(Map<String, ?> variables, ZoneId zone) {
  }

  private ExpressionResolvers() {
  }

  /** The resolver of all evaluations; it keeps no state of its own beyond EL's method cache. */
  static ELResolver create(ExpressionFactory factory) {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariablesResolver());
    resolver.add(factory.getStreamELResolver());
    resolver.add(new ValueMethods(factory.getStreamELResolver().getClass().getPackageName() + "."));
    resolver.add(new ReadOnlyMaps());
    resolver.add(new ReadOnlyLists());
    resolver.add(new ReadOnlyArrays());
    resolver.add(new TemporalConverter());
    resolver.add(new Unreadable());
    return resolver;
  }

  private static Bindings bindings(ELContext context) {
    return (Bindings) context.getContext(Bindings.class);
  }

  private static Object normalized(ELContext context, Object value) {
    return value == null ? null : Values.normalize(value, bindings(context).zone());
  }

  /** Top-level names: the variables given; a name not given reads as null. */
  private static final class VariablesResolver extends ELResolver {
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base != null) {
        return null;
      }
      context.setPropertyResolved(true);
      return property instanceof String name ? normalized(context, bindings(context).variables().get(name)) : null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      if (base == null) {
        context.setPropertyResolved(true);
      }
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      if (base == null) {
        throw new PropertyNotWritableException("Expressions cannot change the variable " + property);
      }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      if (base == null) {
        context.setPropertyResolved(true);
      }
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return base == null ? String.class : null;
    }
  }

  /**
   * Method calls on values whose methods have no side effects: text, numbers, booleans, dates and
   * durations, EL's own stream and optional objects, and the read methods of collections.
   */
  private static final class ValueMethods extends ELResolver {
    private final BeanELResolver beans = new BeanELResolver(true);
    private final String streamPackage;

    ValueMethods(String streamPackage) {
      this.streamPackage = streamPackage;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
      if (base == null || !(method instanceof String name)) {
        return null;
      }
      if (OBJECT_METHODS.contains(name) || !allowed(base, name)) {
        throw new ELException("Expressions cannot call " + name + "() on " + kind(base));
      }
      Object result = beans.invoke(context, base, method, paramTypes, params);
      return normalized(context, result);
    }

    private boolean allowed(Object base, String name) {
      if (base instanceof Collection<?> || base instanceof Map<?, ?>) {
        return COLLECTION_READS.contains(name);
      }
      return base instanceof String || base instanceof Boolean
          || base instanceof Character || base instanceof Integer || base instanceof Long || base instanceof Double
          || base instanceof Float || base instanceof Short || base instanceof Byte || base instanceof BigDecimal
          || base instanceof BigInteger || javaTime(base) || base.getClass().getName().startsWith(streamPackage);
    }

    private static boolean javaTime(Object base) {
      return (base instanceof TemporalAccessor || base instanceof TemporalAmount)
          && base.getClass().getPackageName().startsWith("java.time");
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // never writes
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }
  }

  /** Map entries by key ({@code i.amount}, {@code i['amount']}); read-only, method calls left to others. */
  private static final class ReadOnlyMaps extends MapELResolver {
    ReadOnlyMaps() {
      super(true);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      return normalized(context, super.getValue(context, base, property));
    }
  }

  /** List items by index; read-only. */
  private static final class ReadOnlyLists extends ListELResolver {
    ReadOnlyLists() {
      super(true);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      return normalized(context, super.getValue(context, base, property));
    }
  }

  /** Array items by index; read-only. */
  private static final class ReadOnlyArrays extends ArrayELResolver {
    ReadOnlyArrays() {
      super(true);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      return normalized(context, super.getValue(context, base, property));
    }
  }

  /** What a value is, for messages. */
  private static String kind(Object value) {
    if (value instanceof java.util.List<?>) {
      return "a list";
    }
    if (value instanceof Collection<?>) {
      return "a collection";
    }
    if (value instanceof Map<?, ?>) {
      return "a record (map)";
    }
    return "a value of type " + value.getClass().getSimpleName();
  }

  /** Last in line: whatever no resolver read is refused with a message that says what can be read. */
  private static final class Unreadable extends ELResolver {
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      throw new jakarta.el.PropertyNotFoundException("'" + property + "' cannot be read from " + kind(base)
          + "; expressions read entries of records (maps) and items of lists");
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      throw new PropertyNotWritableException("Expressions cannot change values");
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }
  }

  /** Coerces ISO text and other date values to the {@code java.time} type EL asks for. */
  private static final class TemporalConverter extends TypeConverter {
    @Override
    public <T> T convertToType(ELContext context, Object obj, Class<T> targetType) {
      if (!Values.isTemporal(targetType)) {
        return null;
      }
      try {
        Object converted = Values.convert(obj, targetType, bindings(context).zone());
        context.setPropertyResolved(true);
        return targetType.cast(converted);
      } catch (IllegalArgumentException e) {
        throw new ELException(e.getMessage(), e);
      }
    }
  }
}

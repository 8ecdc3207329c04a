package io.atrium.kernel.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes {@code conf/atrium.properties} a MicroProfile Config source, below system properties and
 * environment variables, so plugin settings can live in the same file.
 */
public final class AtriumPropertiesConfigSource implements ConfigSource {

  private final Map<String, String> values = new HashMap<>();

  /** Reads the file once. */
  public AtriumPropertiesConfigSource() {
    KernelSettings.load().fileProperties().forEach((k, v) -> values.put(k.toString(), v.toString()));
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return "atrium.properties";
  }

  @Override
  public int getOrdinal() {
    return 150;
  }
}

package io.atrium.kernel.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Manifest;

/**
 * The packages the system bundle exports to plugins: the SDK and the OSGi service APIs (with the
 * versions their own manifests declare), and the Jakarta APIs listed in
 * {@code platform-packages.properties} with the versions Payara provides.
 */
public final class SystemPackages {

  /** Bundles whose exports the system bundle re-exports, by symbolic name. */
  static final List<String> EXPORTED_BUNDLES = List.of("io.atrium.sdk", "org.osgi.service.component",
      "org.osgi.util.promise", "org.osgi.util.function");

  private SystemPackages() {
  }

  /** The value of {@code org.osgi.framework.system.packages.extra}. */
  public static String extraPackages(ClassLoader loader) {
    Map<String, String> exports = new LinkedHashMap<>();
    for (String symbolicName : EXPORTED_BUNDLES) {
      String header = exportHeader(loader, symbolicName);
      if (header == null) {
        throw new IllegalStateException("The kernel cannot find the manifest of " + symbolicName
            + " on its class path; the WAR is incomplete");
      }
      exports.put(symbolicName, header);
    }
    exports.put("platform", platformPackages());
    return String.join(",", exports.values());
  }

  /** The Export-Package header of the jar with this symbolic name, or null. */
  static String exportHeader(ClassLoader loader, String symbolicName) {
    try {
      Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
      while (manifests.hasMoreElements()) {
        URL url = manifests.nextElement();
        try (InputStream in = url.openStream()) {
          Manifest manifest = new Manifest(in);
          String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
          if (name != null && name.split(";")[0].trim().equals(symbolicName)) {
            return manifest.getMainAttributes().getValue("Export-Package");
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Jakarta packages with their versions. */
  static String platformPackages() {
    Properties packages = new Properties();
    try (InputStream in = SystemPackages.class.getResourceAsStream("platform-packages.properties")) {
      packages.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> entries = new ArrayList<>();
    packages.stringPropertyNames().stream().sorted()
        .forEach(name -> entries.add(name + ";version=\"" + packages.getProperty(name).trim() + "\""));
    return String.join(",", entries);
  }
}

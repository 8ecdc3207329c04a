package io.atrium.kernel.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Checks a jar before it is installed: that it is a bundle, an Atrium plugin, asks for an SDK this
 * server provides, and does not carry its own copy of the SDK. Resolution and start failures are
 * found later, by the framework.
 */
public final class PluginValidator {

  /** Package prefix of the SDK; a plugin must import it, never embed it. */
  static final String SDK_PACKAGE_PATH = "io/atrium/sdk/";

  private final Version sdkVersion;

  /** Creates a validator for a server providing this SDK version. */
  public PluginValidator(Version sdkVersion) {
    this.sdkVersion = sdkVersion;
  }

  /**
   * Validates the jar and returns its headers.
   *
   * @throws PluginRejectedException with a message that says what is wrong and how to fix it
   */
  public PluginManifest validate(Path jar) throws PluginRejectedException {
    String file = jar.getFileName().toString();
    if (!Files.isRegularFile(jar)) {
      throw new PluginRejectedException(file + " is not a file.");
    }
    try (JarFile jarFile = new JarFile(jar.toFile(), false)) {
      Manifest manifest = jarFile.getManifest();
      if (manifest == null) {
        throw new PluginRejectedException(file + " is not a plugin: it has no META-INF/MANIFEST.MF. "
            + "Build plugins with the bnd-maven-plugin as the SDK guide shows.");
      }
      checkBundle(file, manifest);
      PluginManifest headers = checkAtriumHeaders(file, manifest);
      checkSdkRange(file, headers);
      checkSdkNotEmbedded(file, jarFile);
      return headers;
    } catch (ZipException e) {
      throw new PluginRejectedException(file + " is not a JAR file: it cannot be read as a ZIP archive ("
          + e.getMessage() + ").", e);
    } catch (IOException e) {
      throw new PluginRejectedException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void checkBundle(String file, Manifest manifest) throws PluginRejectedException {
    String manifestVersion = manifest.getMainAttributes().getValue("Bundle-ManifestVersion");
    String symbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
    if (symbolicName == null || symbolicName.isBlank() || !"2".equals(trim(manifestVersion))) {
      throw new PluginRejectedException(file + " is not an OSGi bundle: its manifest lacks "
          + (symbolicName == null || symbolicName.isBlank() ? "Bundle-SymbolicName" : "Bundle-ManifestVersion: 2")
          + ". Build plugins with the bnd-maven-plugin as the SDK guide shows.");
    }
  }

  private static PluginManifest checkAtriumHeaders(String file, Manifest manifest) throws PluginRejectedException {
    List<String> missing = PluginManifest.missingHeaders(manifest);
    if (!missing.isEmpty()) {
      throw new PluginRejectedException(file + " is not an Atrium plugin: its manifest lacks "
          + String.join(", ", missing) + ". Build it with the atrium-plugin-parent POM and set the properties "
          + "atrium.plugin.id and atrium.plugin.vendor, as the SDK guide shows.");
    }
    PluginManifest headers = PluginManifest.read(manifest);
    String idProblem = PluginId.problem(headers.id());
    if (idProblem != null) {
      throw new PluginRejectedException(file + " is refused: " + idProblem + ".");
    }
    try {
      Version.parseVersion(headers.version());
    } catch (IllegalArgumentException e) {
      throw new PluginRejectedException(file + " is refused: Bundle-Version '" + headers.version()
          + "' is not a version such as 1.2.0.");
    }
    return headers;
  }

  private void checkSdkRange(String file, PluginManifest headers) throws PluginRejectedException {
    VersionRange range;
    try {
      range = new VersionRange(headers.sdkRange());
    } catch (IllegalArgumentException e) {
      throw new PluginRejectedException(file + " is refused: Atrium-Sdk-Version '" + headers.sdkRange()
          + "' is not a version range such as [1.0,2).");
    }
    if (!range.includes(sdkVersion)) {
      throw new PluginRejectedException("Plugin '" + headers.id() + "' " + headers.version()
          + " needs Atrium SDK " + headers.sdkRange() + " but this server provides SDK " + sdkVersion
          + ". Install a version of the plugin built for SDK " + sdkVersion.getMajor() + ".x, or upgrade Atrium.");
    }
  }

  private static void checkSdkNotEmbedded(String file, JarFile jarFile) throws PluginRejectedException {
    TreeSet<String> embedded = new TreeSet<>();
    Enumeration<JarEntry> entries = jarFile.entries();
    while (entries.hasMoreElements()) {
      String name = entries.nextElement().getName();
      if (name.startsWith(SDK_PACKAGE_PATH) && name.endsWith(".class")) {
        embedded.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
      }
    }
    if (!embedded.isEmpty()) {
      throw new PluginRejectedException(file + " is refused: it carries its own copy of the SDK package"
          + (embedded.size() > 1 ? "s " : " ") + String.join(", ", embedded)
          + ". A plugin must import the SDK from the server: give the atrium-plugin-sdk dependency "
          + "<scope>provided</scope> and do not list SDK packages in Private-Package or -includeresource.");
    }
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }
}

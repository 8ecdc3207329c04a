package io.atrium.kernel.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds plugin jars for tests. Entries carry a fixed time, so the same headers and entries always
 * give the same bytes (and checksum).
 */
public final class TestPluginJar {

  private static final long FIXED_TIME = 1_700_000_000_000L;

  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private boolean withManifest = true;

  private TestPluginJar() {
  }

  /** A valid plugin jar with every required header. */
  public static TestPluginJar plugin(String id, String version) {
    TestPluginJar jar = new TestPluginJar();
    jar.headers.put("Manifest-Version", "1.0");
    jar.headers.put("Bundle-ManifestVersion", "2");
    jar.headers.put("Bundle-SymbolicName", "io.atrium.test." + id.replace('-', '.'));
    jar.headers.put("Bundle-Version", version);
    jar.headers.put("Atrium-Plugin-Id", id);
    jar.headers.put("Atrium-Plugin-Name", "Plugin " + id);
    jar.headers.put("Atrium-Plugin-Vendor", "Atrium tests");
    jar.headers.put("Atrium-Sdk-Version", "[1.0,2)");
    jar.entries.put("io/atrium/test/" + id.replace('-', '_') + "/Marker.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
    return jar;
  }

  /** A zip with an entry but no META-INF/MANIFEST.MF. */
  public static TestPluginJar withoutManifest() {
    TestPluginJar jar = new TestPluginJar();
    jar.withManifest = false;
    jar.entries.put("hello.txt", "hello".getBytes(StandardCharsets.UTF_8));
    return jar;
  }

  /** Sets a manifest header. */
  public TestPluginJar header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Removes manifest headers. */
  public TestPluginJar without(String... names) {
    for (String name : names) {
      headers.remove(name);
    }
    return this;
  }

  /** Adds an entry with a little content. */
  public TestPluginJar entry(String name) {
    entries.put(name, ("content of " + name).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Writes the jar to {@code file}, replacing it, and returns the file. */
  public Path writeTo(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out)) {
      if (withManifest) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        headers.forEach((name, value) -> main.put(new Attributes.Name(name), value));
        JarEntry entry = new JarEntry("META-INF/MANIFEST.MF");
        entry.setTime(FIXED_TIME);
        jar.putNextEntry(entry);
        manifest.write(jar);
        jar.closeEntry();
      }
      for (Map.Entry<String, byte[]> content : entries.entrySet()) {
        JarEntry entry = new JarEntry(content.getKey());
        entry.setTime(FIXED_TIME);
        jar.putNextEntry(entry);
        jar.write(content.getValue());
        jar.closeEntry();
      }
    }
    return file;
  }

  /** Writes the jar as {@code dir/fileName}. */
  public Path writeTo(Path dir, String fileName) throws IOException {
    return writeTo(dir.resolve(fileName));
  }
}

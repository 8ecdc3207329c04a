package io.atrium.testing;

import io.atrium.sdk.event.Event;
import io.atrium.testing.fixtures.AuditingActivator;
import io.atrium.testing.fixtures.FlakyListenerActivator;
import io.atrium.testing.fixtures.NotificationChannelsActivator;
import io.atrium.testing.fixtures.PortalFixtureActivator;
import io.atrium.testing.fixtures.RestProbeActivator;
import io.atrium.testing.fixtures.ThrowingActivator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** Plugin jars for tests, good and bad, built in memory. */
public final class TestJars {

  private TestJars() {
  }

  /** Manifest headers of a valid, empty plugin with this id. */
  public static Map<String, String> pluginHeaders(String id) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Bundle-ManifestVersion", "2");
    headers.put("Bundle-SymbolicName", "io.atrium.test." + id.replace('-', '.'));
    headers.put("Bundle-Version", "1.0.0");
    headers.put("Atrium-Plugin-Id", id);
    headers.put("Atrium-Plugin-Name", "Test plugin " + id);
    headers.put("Atrium-Plugin-Vendor", "Atrium tests");
    headers.put("Atrium-Sdk-Version", "[1.0,2)");
    return headers;
  }

  /** A jar with the given manifest headers and no classes. */
  public static byte[] jar(Map<String, String> headers) {
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers))));
  }

  /** Bytes that are not a zip at all. */
  public static byte[] notAZip() {
    return "this is a text file, not a plugin".getBytes(StandardCharsets.UTF_8);
  }

  /** A zip without a manifest. */
  public static byte[] withoutManifest() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JarOutputStream jar = new JarOutputStream(bytes)) {
      jar.putNextEntry(new JarEntry("readme.txt"));
      jar.write("hello".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
      jar.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid plugin that carries its own copy of an SDK class. */
  public static byte[] embeddingTheSdk(String id) {
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(pluginHeaders(id))))
        .addClass(Event.class));
  }

  /** A plugin that imports a package nobody exports. */
  public static byte[] unresolvable(String id) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Import-Package", "com.example.missing;version=\"[1.0,2)\"");
    return jar(headers);
  }

  /** A plugin whose activator throws. */
  public static byte[] throwingOnStart(String id) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Bundle-Activator", ThrowingActivator.class.getName());
    headers.put("Import-Package", "org.osgi.framework");
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers)))
        .addClass(ThrowingActivator.class));
  }

  /** A plugin whose after-commit listener fails twice before it succeeds. */
  public static byte[] flakyListener(String id) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Bundle-Activator", FlakyListenerActivator.class.getName());
    headers.put("Import-Package", "org.osgi.framework,io.atrium.sdk.event;version=\"[1.0,2)\","
        + "io.atrium.sdk.health;version=\"[1.0,2)\"");
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers)))
        .addClasses(FlakyListenerActivator.class, FlakyListenerActivator.Listener.class,
            FlakyListenerActivator.Report.class));
  }

  /** A plugin with a recording and a flaky notification channel (see {@link NotificationChannelsActivator}). */
  public static byte[] notificationChannels(String id) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Bundle-Activator", NotificationChannelsActivator.class.getName());
    headers.put("Import-Package", "org.osgi.framework,io.atrium.sdk.notify;version=\"[1.0,2)\","
        + "io.atrium.sdk.identity;version=\"[1.0,2)\",io.atrium.sdk.health;version=\"[1.0,2)\"");
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers)))
        .addClasses(NotificationChannelsActivator.class, NotificationChannelsActivator.Recorder.class,
            NotificationChannelsActivator.Flaky.class, NotificationChannelsActivator.Report.class)
        .addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(id + ".recorder=Recorder\n" + id
            + ".flaky=Flaky IM\n"), "META-INF/atrium/i18n/messages.properties"));
  }

  /** A plugin that records audit entries when it starts, in and out of transactions. */
  public static byte[] auditing(String id) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Bundle-Activator", AuditingActivator.class.getName());
    headers.put("Import-Package", "org.osgi.framework,io.atrium.sdk.audit;version=\"[1.0,2)\","
        + "io.atrium.sdk.persistence;version=\"[1.0,2)\"");
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers)))
        .addClass(AuditingActivator.class));
  }

  /**
   * A plugin whose workbench widget, search provider and one task provider throw, with a second
   * task provider of two approvals whose bulk action needs a comment.
   */
  public static byte[] brokenPortal(String id) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Bundle-Activator", PortalFixtureActivator.class.getName());
    headers.put("Import-Package", "org.osgi.framework,io.atrium.sdk.portal;version=\"[1.0,2)\"");
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers)))
        .addClasses(PortalFixtureActivator.class, PortalFixtureActivator.BrokenWidget.class,
            PortalFixtureActivator.BrokenSearch.class, PortalFixtureActivator.BrokenTasks.class,
            PortalFixtureActivator.Approvals.class));
  }

  /** A plugin with REST resources that try the rules (see {@link RestProbeActivator}); its path is its id. */
  public static byte[] restProbe(String id) {
    return withActivator(id, RestProbeActivator.class, "org.osgi.framework,io.atrium.sdk.rest;version=\"[1.0,2)\","
        + "io.atrium.sdk.record;version=\"[1.0,2)\",io.atrium.sdk.security;version=\"[1.0,2)\",jakarta.json,"
        + "jakarta.ws.rs", RestProbeActivator.Note.class, RestProbeActivator.Reply.class, RestProbeActivator.Bean.class,
        RestProbeActivator.Probe.class, RestProbeActivator.Vault.class, RestProbeActivator.Intruder.class,
        RestProbeActivator.Stray.class);
  }

  /** A plugin started by an activator, with the given imports and classes. */
  public static byte[] withActivator(String id, Class<?> activator, String imports, Class<?>... classes) {
    Map<String, String> headers = pluginHeaders(id);
    headers.put("Bundle-Activator", activator.getName());
    headers.put("Import-Package", imports);
    return bytes(ShrinkWrap.create(JavaArchive.class, "test.jar")
        .setManifest(new ByteArrayAsset(manifest(headers)))
        .addClass(activator)
        .addClasses(classes));
  }

  private static byte[] bytes(JavaArchive archive) {
    try (var in = archive.as(ZipExporter.class).exportAsInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] manifest(Map<String, String> headers) {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    headers.forEach(attributes::putValue);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      manifest.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

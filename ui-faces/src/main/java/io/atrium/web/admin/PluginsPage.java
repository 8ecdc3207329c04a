package io.atrium.web.admin;

import io.atrium.kernel.plugin.PluginId;
import io.atrium.kernel.plugin.PluginInfo;
import io.atrium.kernel.plugin.PluginRejectedException;
import io.atrium.kernel.plugin.RejectedJar;
import io.atrium.kernel.rest.PluginResource;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.sdk.ui.MenuItem;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.PermissionCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The plugins page: what is installed, its state, what it contributes; upload, enable, disable, uninstall. */
@Named("pluginsPage")
@ViewScoped
public class PluginsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PluginsPage.class.getName());

  /**
   * A jar of the plugin folder that was refused.
   *
   * @param file its file name
   * @param pluginId the plugin id it declares, or null
   * @param reason what is wrong
   * @param at when it was refused
   */
  public record RejectedRow(String file, String pluginId, String reason, Instant at) implements Serializable {
  }

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  @Inject
  PermissionCatalog catalog;

  private boolean canManage;
  private List<PluginRow> plugins;
  private List<RejectedRow> rejected;
  private PluginDetails details;

  @PostConstruct
  void load() {
    canManage = Guard.has(KernelPermissions.PLUGINS_MANAGE);
    refresh();
  }

  /** Reads the registry again. */
  public void refresh() {
    Guard.require(KernelPermissions.PLUGINS_VIEW);
    plugins = kernel.plugins().list().stream().map(PluginRow::of).toList();
    List<RejectedRow> refused = new ArrayList<>();
    for (RejectedJar jar : kernel.plugins().rejected()) {
      refused.add(new RejectedRow(jar.file(), jar.pluginId(), jar.reason(), jar.at()));
    }
    rejected = refused;
    if (details != null) {
      String id = details.plugin().id();
      details = null;
      kernel.plugins().find(id).ifPresent(this::describe);
    }
  }

  /** Whether the user may upload, enable, disable and uninstall. */
  public boolean isCanManage() {
    return canManage;
  }

  /** The installed plugins by id. */
  public List<PluginRow> getPlugins() {
    return plugins;
  }

  /** Jars of the plugin folder that were refused. */
  public List<RejectedRow> getRejected() {
    return rejected;
  }

  /** The plugin whose details are open, or null. */
  public PluginDetails getDetails() {
    return details;
  }

  /** The largest jar accepted, in bytes, for the upload component. */
  public long getMaxUploadBytes() {
    return PluginResource.MAX_UPLOAD_BYTES;
  }

  /** Opens the details of a plugin. */
  public void show(String id) {
    Guard.require(KernelPermissions.PLUGINS_VIEW);
    kernel.plugins().find(id).ifPresentOrElse(this::describe, () -> messages.error("admin.plugins.gone", id));
  }

  /** Closes the details. */
  public void hideDetails() {
    Guard.require(KernelPermissions.PLUGINS_VIEW);
    details = null;
  }

  private void describe(PluginInfo info) {
    String id = info.id();
    List<PluginDetails.MenuItemRow> menu = new ArrayList<>();
    for (MenuItem item : kernel.ui().menuItemsOf(id)) {
      menu.add(new PluginDetails.MenuItemRow(kernel.ui().text(item.labelKey(), messages.locale())
          .orElse(item.labelKey()), "/" + id + "/" + item.view(), item.permission().orElse(null)));
    }
    List<PluginDetails.ComponentRow> components = new ArrayList<>();
    for (Map.Entry<String, String> component : kernel.kernel().runtime().componentStates(id).entrySet()) {
      components.add(new PluginDetails.ComponentRow(component.getKey(), component.getValue()));
    }
    details = new PluginDetails(PluginRow.of(info), menu, catalog.ofPlugin(id, messages.locale()),
        kernel.kernel().runtime().registeredServices(id), components, PluginId.tablePrefix(id),
        List.copyOf(info.manifest().entities()));
  }

  /** Starts a plugin and keeps it enabled. */
  public void enable(String id) {
    Guard.require(KernelPermissions.PLUGINS_MANAGE);
    change(id, () -> kernel.plugins().enable(id), "admin.plugins.enabled.done");
  }

  /** Stops a plugin and keeps it disabled. */
  public void disable(String id) {
    Guard.require(KernelPermissions.PLUGINS_MANAGE);
    change(id, () -> kernel.plugins().disable(id), "admin.plugins.disabled.done");
  }

  /** Removes a plugin from the data folder; its data stays in the database. */
  public void uninstall(String id) {
    Guard.require(KernelPermissions.PLUGINS_MANAGE);
    change(id, () -> {
      kernel.plugins().uninstall(id);
      return null;
    }, "admin.plugins.uninstalled");
    if (details != null && details.plugin().id().equals(id)) {
      details = null;
    }
  }

  private void change(String id, java.util.function.Supplier<PluginInfo> action, String doneKey) {
    try {
      PluginInfo info = action.get();
      messages.info(doneKey, info == null ? id : info.name(),
          info == null ? "" : messages.text("admin.plugins.state." + info.state().name()));
    } catch (RuntimeException e) {
      messages.showOrThrow(e, Map.of());
    }
    refresh();
  }

  /** Installs or updates a plugin from an uploaded jar. */
  public void upload(FileUploadEvent event) {
    Guard.require(KernelPermissions.PLUGINS_MANAGE);
    UploadedFile file = event.getFile();
    String name = PluginResource.safeFileName(file.getFileName() == null ? "upload.jar" : file.getFileName());
    if (file.getSize() > PluginResource.MAX_UPLOAD_BYTES) {
      messages.error("admin.plugins.tooLarge", name, PluginResource.MAX_UPLOAD_BYTES >> 20);
      return;
    }
    Path temp = null;
    try {
      Path staging = Files.createDirectories(kernel.kernel().dataDir().resolve("tmp"));
      temp = Files.createTempFile(staging, "plugin-", ".jar");
      long size;
      try (InputStream in = file.getInputStream()) {
        size = copyLimited(in, temp);
      }
      if (size < 0) {
        messages.error("admin.plugins.tooLarge", name, PluginResource.MAX_UPLOAD_BYTES >> 20);
      } else if (size == 0) {
        messages.error("admin.plugins.empty", name);
      } else {
        PluginInfo info = kernel.plugins().upload(temp, name);
        messages.info("admin.plugins.uploaded", info.name(), info.version(),
            messages.text("admin.plugins.state." + info.state().name()));
      }
    } catch (PluginRejectedException e) {
      messages.error("admin.plugins.upload.rejected", name, e.getMessage());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not store the uploaded plugin " + name, e);
      messages.error("admin.plugins.uploadFailed", name);
    } finally {
      deleteQuietly(temp);
    }
    refresh();
  }

  /** Copies at most the upload limit; returns the size, or -1 when the stream is larger. */
  private static long copyLimited(InputStream in, Path target) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > PluginResource.MAX_UPLOAD_BYTES) {
          return -1;
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.atrium.kernel.rest;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.plugin.PluginId;
import io.atrium.kernel.plugin.PluginInfo;
import io.atrium.kernel.plugin.PluginNotFoundException;
import io.atrium.kernel.plugin.PluginRegistry;
import io.atrium.kernel.plugin.PluginRejectedException;
import io.atrium.kernel.plugin.RejectedJar;
import io.atrium.kernel.ui.UiRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plugin administration: list, upload, enable, disable, uninstall; every change is audited. */
@Path("v1/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins", description = "Install and manage plugins")
public class PluginResource {

  /** Permission to see plugins. */
  public static final String VIEW = io.atrium.kernel.security.KernelPermissions.PLUGINS_VIEW;
  /** Permission to install, enable, disable and uninstall plugins. */
  public static final String MANAGE = io.atrium.kernel.security.KernelPermissions.PLUGINS_MANAGE;
  /** Largest plugin jar accepted (the admin console's upload and web.xml use the same limit). */
  public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

  @Inject
  PluginRegistry registry;

  @Inject
  UiRegistry ui;

  @Inject
  Kernel kernel;

  @Inject
  Audit audit;

  @GET
  @RequiresPermission(VIEW)
  @Operation(summary = "Lists the installed plugins with their state and, when not active, the reason")
  public List<PluginView> list() {
    return registry.list().stream().map(PluginView::of).toList();
  }

  @GET
  @Path("rejected")
  @RequiresPermission(VIEW)
  @Operation(summary = "Lists jars in the plugin folder that were refused, with the reason")
  public List<RejectedJar> rejected() {
    return registry.rejected();
  }

  @GET
  @Path("{id}")
  @RequiresPermission(VIEW)
  @Operation(summary = "Shows one plugin and what it contributes")
  @APIResponse(responseCode = "404", description = "No such plugin")
  public PluginDetailsView get(@PathParam("id") String id) {
    PluginInfo info = registry.find(id).orElseThrow(() -> new PluginNotFoundException(id));
    return new PluginDetailsView(PluginView.of(info), kernel.runtime().registeredServices(id),
        kernel.runtime().componentStates(id),
        ui.menuItemsOf(id).stream().map(item -> "/" + id + "/" + item.view()).toList(),
        PluginId.tablePrefix(id), info.manifest().entities());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequiresPermission(MANAGE)
  @Operation(summary = "Installs or updates a plugin from an uploaded jar (form field 'file')")
  @APIResponse(responseCode = "201", description = "Installed; the state tells whether it started")
  @APIResponse(responseCode = "422", description = "The jar was refused; the detail says why")
  public Response uploadForm(@FormParam("file") EntityPart file) throws IOException {
    if (file == null) {
      return Problem.of(Response.Status.BAD_REQUEST, "Send the plugin jar in the form field 'file'.");
    }
    try (InputStream in = file.getContent()) {
      return install(in, file.getFileName().orElse("upload.jar"));
    }
  }

  @POST
  @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
  @RequiresPermission(MANAGE)
  @Operation(summary = "Installs or updates a plugin from a jar sent as the request body")
  @APIResponse(responseCode = "201", description = "Installed; the state tells whether it started")
  @APIResponse(responseCode = "422", description = "The jar was refused; the detail says why")
  public Response uploadBody(InputStream body, @QueryParam("filename") String fileName,
      @HeaderParam("Content-Length") Long length) throws IOException {
    String name = fileName == null || fileName.isBlank() ? "upload.jar" : fileName;
    if (length != null && length > MAX_UPLOAD_BYTES) {
      return tooLarge(safeFileName(name));
    }
    return install(body, name);
  }

  @POST
  @Path("{id}/enable")
  @RequiresPermission(MANAGE)
  @Operation(summary = "Starts a plugin and keeps it enabled across restarts")
  public PluginView enable(@PathParam("id") String id) {
    PluginInfo before = registry.find(id).orElseThrow(() -> new PluginNotFoundException(id));
    PluginInfo after = registry.enable(id);
    audit.record(AuditEvent.admin("plugin.enable", "plugin", id, describe(before), describe(after)));
    return PluginView.of(after);
  }

  @POST
  @Path("{id}/disable")
  @RequiresPermission(MANAGE)
  @Operation(summary = "Stops a plugin and keeps it disabled across restarts")
  public PluginView disable(@PathParam("id") String id) {
    PluginInfo before = registry.find(id).orElseThrow(() -> new PluginNotFoundException(id));
    PluginInfo after = registry.disable(id);
    audit.record(AuditEvent.admin("plugin.disable", "plugin", id, describe(before), describe(after)));
    return PluginView.of(after);
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(MANAGE)
  @Operation(summary = "Uninstalls a plugin; its tables and data stay in the database")
  @APIResponse(responseCode = "204", description = "Uninstalled")
  @APIResponse(responseCode = "409", description = "Built-in plugins can only be disabled")
  public Response uninstall(@PathParam("id") String id) {
    PluginInfo before = registry.find(id).orElseThrow(() -> new PluginNotFoundException(id));
    registry.uninstall(id);
    audit.record(AuditEvent.admin("plugin.uninstall", "plugin", id, describe(before), Map.of()));
    return Response.noContent().build();
  }

  private Response install(InputStream in, String fileName) throws IOException {
    String safeName = safeFileName(fileName);
    java.nio.file.Path staging = kernel.dataDir().resolve("tmp");
    Files.createDirectories(staging);
    java.nio.file.Path temp = Files.createTempFile(staging, "plugin-", ".jar");
    try {
      long size = copyLimited(in, temp);
      if (size == 0) {
        return Problem.of(Response.Status.BAD_REQUEST, "The upload is empty.");
      }
      Map<String, PluginInfo> installed = new HashMap<>();
      registry.list().forEach(plugin -> installed.put(plugin.id(), plugin));
      PluginInfo info = registry.upload(temp, safeName);
      PluginInfo previous = installed.get(info.id());
      audit.record(AuditEvent.admin("plugin.upload", "plugin", info.id(),
          previous == null ? Map.of() : describe(previous), describe(info)));
      return Response.status(Response.Status.CREATED).entity(PluginView.of(info)).build();
    } catch (UploadTooLargeException e) {
      return tooLarge(safeName);
    } catch (PluginRejectedException e) {
      audit.record(AuditEvent.admin("plugin.upload.refused", "plugin", null, Map.of(),
          Map.of("file", safeName, "reason", e.getMessage())));
      return Problem.of(422, "Plugin refused", e.getMessage());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** What the audit log keeps of a plugin. */
  private static Map<String, Object> describe(PluginInfo info) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("version", info.version());
    values.put("file", info.file());
    values.put("state", info.state());
    values.put("enabled", info.enabled());
    return values;
  }

  /** The last path segment of a client-supplied name, restricted to harmless characters. */
  public static String safeFileName(String fileName) {
    String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    String cleaned = last.replaceAll("[^A-Za-z0-9._-]", "_");
    return cleaned.isBlank() || cleaned.startsWith(".") ? "upload.jar" : cleaned;
  }

  private static Response tooLarge(String fileName) {
    return Problem.of(413, "Content Too Large", fileName + " is larger than the " + (MAX_UPLOAD_BYTES >> 20)
        + " MB a plugin may have.");
  }

  private static long copyLimited(InputStream in, java.nio.file.Path target) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > MAX_UPLOAD_BYTES) {
          throw new UploadTooLargeException();
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static final class UploadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}

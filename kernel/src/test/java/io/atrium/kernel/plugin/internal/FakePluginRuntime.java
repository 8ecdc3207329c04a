package io.atrium.kernel.plugin.internal;

import io.atrium.kernel.plugin.PluginManifest;
import io.atrium.kernel.plugin.PluginRejectedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link PluginRuntime} that records calls and can be told to refuse installing or starting a plugin. */
final class FakePluginRuntime implements PluginRuntime {

  /** Every call, e.g. {@code install beta 1.0.0 beta.jar}, {@code start beta}, {@code stop beta}. */
  final List<String> calls = new ArrayList<>();
  /** Installed bundles: id → installed manifest. */
  final Map<String, PluginManifest> installed = new HashMap<>();
  /** Installed jars: id → path. */
  final Map<String, Path> jars = new HashMap<>();
  final Set<String> active = new HashSet<>();
  final Map<String, String> failInstall = new HashMap<>();
  final Map<String, String> failStart = new HashMap<>();

  @Override
  public void install(PluginManifest manifest, Path jar) throws PluginRejectedException {
    calls.add("install " + manifest.id() + " " + manifest.version() + " " + jar.getFileName());
    String reason = failInstall.get(manifest.id());
    if (reason != null) {
      throw new PluginRejectedException(reason);
    }
    installed.put(manifest.id(), manifest);
    jars.put(manifest.id(), jar);
  }

  @Override
  public void start(PluginManifest manifest) throws PluginRejectedException {
    calls.add("start " + manifest.id());
    if (!installed.containsKey(manifest.id())) {
      throw new PluginRejectedException("Plugin '" + manifest.id() + "' is not installed.");
    }
    String reason = failStart.get(manifest.id());
    if (reason != null) {
      throw new PluginRejectedException(reason);
    }
    active.add(manifest.id());
  }

  @Override
  public void stop(String id) {
    calls.add("stop " + id);
    active.remove(id);
  }

  @Override
  public void uninstall(String id) {
    calls.add("uninstall " + id);
    active.remove(id);
    installed.remove(id);
    jars.remove(id);
  }

  @Override
  public boolean isInstalled(String id) {
    return installed.containsKey(id);
  }

  @Override
  public boolean isActive(String id) {
    return active.contains(id);
  }

  /** Calls made for one plugin, in order. */
  List<String> callsFor(String id) {
    return calls.stream().filter(c -> c.split(" ")[1].equals(id)).toList();
  }
}

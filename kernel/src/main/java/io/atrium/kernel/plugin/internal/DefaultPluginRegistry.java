package io.atrium.kernel.plugin.internal;

import io.atrium.kernel.plugin.PluginInfo;
import io.atrium.kernel.plugin.PluginManifest;
import io.atrium.kernel.plugin.PluginNotFoundException;
import io.atrium.kernel.plugin.PluginOperationException;
import io.atrium.kernel.plugin.PluginOrigin;
import io.atrium.kernel.plugin.PluginRegistry;
import io.atrium.kernel.plugin.PluginRejectedException;
import io.atrium.kernel.plugin.PluginValidator;
import io.atrium.kernel.plugin.RejectedJar;
import io.atrium.sdk.plugin.PluginState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Version;

/**
 * The plugin registry. Every change runs under one lock, so the folder watcher and administrators'
 * requests never interleave; the database keeps each plugin's state and the administrator's
 * enable/disable choice.
 */
public final class DefaultPluginRegistry implements PluginRegistry {

  private static final Logger LOG = Logger.getLogger(DefaultPluginRegistry.class.getName());

  private final PluginValidator validator;
  private final PluginRuntime runtime;
  private final PluginStore store;
  private final Path builtInDir;
  private final Path dataDir;
  private final boolean safeMode;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Entry> plugins = new TreeMap<>();
  private final Map<String, RejectedJar> rejected = new TreeMap<>();
  private final List<Consumer<PluginInfo>> listeners = new CopyOnWriteArrayList<>();
  private volatile List<PluginInfo> snapshot = List.of();

  /** A plugin the registry knows, with the jar it came from. */
  private static final class Entry {
    PluginInfo info;
    PluginJar jar;

    Entry(PluginInfo info, PluginJar jar) {
      this.info = info;
      this.jar = jar;
    }
  }

  /**
   * Creates the registry.
   *
   * @param builtInDir folder of the plugins shipped with the distribution; may not exist
   * @param dataDir folder where administrators drop or upload plugins; created if missing
   * @param safeMode when true, plugins in {@code dataDir} are listed but not loaded
   */
  public DefaultPluginRegistry(PluginValidator validator, PluginRuntime runtime, PluginStore store, Path builtInDir,
      Path dataDir, boolean safeMode, Clock clock) {
    this.validator = validator;
    this.runtime = runtime;
    this.store = store;
    this.builtInDir = builtInDir;
    this.dataDir = dataDir;
    this.safeMode = safeMode;
    this.clock = clock;
  }

  /** Calls {@code listener} with the new snapshot of a plugin after each change of its state. */
  public void addListener(Consumer<PluginInfo> listener) {
    listeners.add(listener);
  }

  /** The plugin folder watched for drop-ins. */
  public Path dataDir() {
    return dataDir;
  }

  /** Whether the server runs in safe mode. */
  public boolean safeMode() {
    return safeMode;
  }

  /**
   * Loads every plugin in the two folders and starts those the administrator has not disabled.
   * Called once at server start.
   */
  public void boot() {
    lock.lock();
    try {
      createDataDir();
      Map<String, StoredPlugin> stored = store.load();
      List<PluginJar> candidates = new ArrayList<>(scan(builtInDir, PluginOrigin.BUILT_IN));
      List<PluginJar> dataJars = scan(dataDir, PluginOrigin.DATA_DIR);
      if (safeMode) {
        for (PluginJar jar : dataJars) {
          StoredPlugin previous = stored.get(jar.manifest().id());
          PluginInfo info = new PluginInfo(jar.manifest(), jar.origin(), jar.file(), PluginState.SAFE_MODE,
              "The server runs in safe mode: only built-in plugins are loaded.",
              previous == null || previous.enabled(), clock.instant());
          plugins.put(jar.manifest().id(), new Entry(info, jar));
        }
      } else {
        candidates.addAll(dataJars);
      }
      List<PluginJar> chosen = chooseOnePerId(candidates);
      chosen.sort(Comparator.comparing(jar -> jar.manifest().id()));
      for (PluginJar jar : chosen) {
        String conflict = prefixConflict(jar.manifest().id(), plugins.keySet());
        if (conflict != null) {
          reject(jar.file(), jar.manifest().id(), jar.file() + " is not loaded: the tables of plugin '"
              + jar.manifest().id() + "' could clash with those of plugin '" + conflict + "'. Ask the vendor for "
              + "another plugin id.");
          continue;
        }
        StoredPlugin previous = stored.get(jar.manifest().id());
        boolean enabled = previous == null || previous.enabled();
        Entry entry = new Entry(new PluginInfo(jar.manifest(), jar.origin(), jar.file(), PluginState.INSTALLED, null,
            enabled, clock.instant()), jar);
        plugins.put(jar.manifest().id(), entry);
        installBundle(entry);
      }
      for (Entry entry : plugins.values()) {
        if (entry.info.state() == PluginState.INSTALLED) {
          if (entry.info.enabled()) {
            startBundle(entry);
          } else {
            transition(entry, PluginState.DISABLED, null);
          }
        }
      }
      for (String id : stored.keySet()) {
        if (!plugins.containsKey(id)) {
          store.delete(id);
        }
      }
      publishSnapshot();
    } finally {
      lock.unlock();
    }
  }

  /** Stops every running plugin, in reverse id order. Called once at server shutdown. */
  public void shutdown() {
    lock.lock();
    try {
      List<Entry> entries = new ArrayList<>(plugins.values());
      for (int i = entries.size() - 1; i >= 0; i--) {
        Entry entry = entries.get(i);
        if (entry.info.state() == PluginState.ACTIVE) {
          try {
            runtime.stop(entry.info.id());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + entry.info.id() + " failed to stop cleanly", e);
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<PluginInfo> list() {
    return snapshot;
  }

  @Override
  public Optional<PluginInfo> find(String id) {
    return snapshot.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public List<RejectedJar> rejected() {
    lock.lock();
    try {
      return List.copyOf(rejected.values());
    } finally {
      lock.unlock();
    }
  }

  @Override
  public PluginInfo upload(Path upload, String fileName) throws PluginRejectedException {
    lock.lock();
    try {
      requireNotSafeMode();
      PluginManifest manifest = validator.validate(upload);
      Entry existing = plugins.get(manifest.id());
      if (existing != null) {
        refuseDowngrade(existing, manifest, fileName);
        refuseSameVersionOverBuiltIn(existing, manifest, fileName);
      }
      refusePrefixConflict(manifest, fileName);
      createDataDir();
      Path target = dataDir.resolve(manifest.id() + ".jar");
      Path temp = Files.createTempFile(dataDir, ".upload-", ".tmp");
      try {
        Files.copy(upload, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      if (existing != null && existing.jar.origin() == PluginOrigin.DATA_DIR
          && !existing.jar.path().equals(target)) {
        Files.deleteIfExists(existing.jar.path());
      }
      rejected.remove(target.getFileName().toString());
      PluginJar jar = new PluginJar(target, manifest, PluginOrigin.DATA_DIR, PluginJar.checksum(target));
      return installOrUpdate(jar);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the plugin in " + dataDir + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * A jar in the data folder appeared or changed: installs it, updates the plugin it belongs to,
   * or records why it was refused.
   */
  public void onDataFileChanged(Path file) {
    lock.lock();
    try {
      if (safeMode) {
        return;
      }
      String name = file.getFileName().toString();
      PluginManifest manifest;
      try {
        manifest = validator.validate(file);
      } catch (PluginRejectedException e) {
        Entry owner = ownerOf(name);
        String reason = owner == null ? e.getMessage()
            : e.getMessage() + " Plugin '" + owner.info.id() + "' keeps running version " + owner.info.version() + ".";
        reject(name, owner == null ? null : owner.info.id(), reason);
        return;
      }
      String checksum = PluginJar.checksum(file);
      Entry existing = plugins.get(manifest.id());
      if (existing != null && existing.jar.checksum().equals(checksum) && existing.jar.file().equals(name)) {
        // the file is what already runs, e.g. put back after a broken copy: nothing to refuse any more
        rejected.remove(name);
        return;
      }
      if (existing != null && !existing.jar.file().equals(name) && existing.jar.origin() == PluginOrigin.DATA_DIR
          && !isNewer(manifest, existing.info.manifest())) {
        reject(name, manifest.id(), name + " is ignored: plugin '" + manifest.id() + "' " + existing.info.version()
            + " is already installed from " + existing.jar.file() + ". Delete one of the two files.");
        return;
      }
      try {
        if (existing != null) {
          refuseDowngrade(existing, manifest, name);
          refuseSameVersionOverBuiltIn(existing, manifest, name);
        }
        refusePrefixConflict(manifest, name);
      } catch (PluginRejectedException e) {
        reject(name, manifest.id(), e.getMessage());
        return;
      }
      rejected.remove(name);
      installOrUpdate(new PluginJar(file, manifest, PluginOrigin.DATA_DIR, checksum));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not process plugin file " + file, e);
      reject(file.getFileName().toString(), null, "Could not process the file: " + e);
    } finally {
      lock.unlock();
    }
  }

  /** A jar disappeared from the data folder: the plugin installed from it is uninstalled. */
  public void onDataFileRemoved(String fileName) {
    lock.lock();
    try {
      if (Files.exists(dataDir.resolve(fileName))) {
        // deleted and stored again (an uninstall followed by an upload) before this news arrived
        return;
      }
      rejected.remove(fileName);
      Entry owner = ownerOf(fileName);
      if (owner != null && owner.jar.origin() == PluginOrigin.DATA_DIR && owner.info.state() != PluginState.SAFE_MODE) {
        removePlugin(owner);
        reinstateBuiltIn(owner.info.id());
      }
      publishSnapshot();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public PluginInfo enable(String id) {
    lock.lock();
    try {
      Entry entry = require(id);
      if (entry.info.state() == PluginState.SAFE_MODE) {
        throw new PluginOperationException("Plugin '" + id + "' cannot start while the server runs in safe mode. "
            + "Restart the server without --safe-mode.");
      }
      entry.info = entry.info.withEnabled(true);
      if (entry.info.state() != PluginState.ACTIVE) {
        if (!runtime.isInstalled(id)) {
          installBundle(entry);
        }
        if (runtime.isInstalled(id)) {
          startBundle(entry);
        }
      } else {
        save(entry);
      }
      publishSnapshot();
      return entry.info;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public PluginInfo disable(String id) {
    lock.lock();
    try {
      Entry entry = require(id);
      entry.info = entry.info.withEnabled(false);
      if (entry.info.state() == PluginState.SAFE_MODE) {
        save(entry);
      } else {
        stopBundle(entry);
        transition(entry, PluginState.DISABLED, null);
      }
      publishSnapshot();
      return entry.info;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void uninstall(String id) {
    lock.lock();
    try {
      Entry entry = require(id);
      if (entry.jar.origin() == PluginOrigin.BUILT_IN) {
        throw new PluginOperationException("Plugin '" + id + "' is built in and cannot be uninstalled; "
            + "disable it instead.");
      }
      removePlugin(entry);
      try {
        Files.deleteIfExists(entry.jar.path());
      } catch (IOException e) {
        throw new UncheckedIOException("Plugin '" + id + "' was stopped but its file " + entry.jar.path()
            + " could not be deleted: " + e.getMessage(), e);
      }
      reinstateBuiltIn(id);
      publishSnapshot();
    } finally {
      lock.unlock();
    }
  }

  /** Re-checks that running plugins still run, e.g. after a plugin they depend on went away. */
  public void reconcile() {
    lock.lock();
    try {
      for (Entry entry : plugins.values()) {
        if (entry.info.state() == PluginState.ACTIVE && !runtime.isActive(entry.info.id())) {
          startBundle(entry);
        }
      }
      publishSnapshot();
    } finally {
      lock.unlock();
    }
  }

  private PluginInfo installOrUpdate(PluginJar jar) {
    String id = jar.manifest().id();
    Entry entry = plugins.get(id);
    StoredPlugin stored = entry == null ? store.load().get(id) : null;
    boolean enabled = entry != null ? entry.info.enabled() : stored == null || stored.enabled();
    if (entry != null) {
      stopBundle(entry);
      entry.jar = jar;
      entry.info = new PluginInfo(jar.manifest(), jar.origin(), jar.file(), PluginState.INSTALLED, null, enabled,
          clock.instant());
    } else {
      entry = new Entry(new PluginInfo(jar.manifest(), jar.origin(), jar.file(), PluginState.INSTALLED, null, enabled,
          clock.instant()), jar);
      plugins.put(id, entry);
    }
    installBundle(entry);
    if (entry.info.state() == PluginState.INSTALLED) {
      if (enabled) {
        startBundle(entry);
      } else {
        transition(entry, PluginState.DISABLED, null);
      }
    }
    reconcileOthers(id);
    publishSnapshot();
    return entry.info;
  }

  private void reconcileOthers(String changedId) {
    for (Entry other : plugins.values()) {
      if (!other.info.id().equals(changedId) && other.info.state() == PluginState.ACTIVE
          && !runtime.isActive(other.info.id())) {
        startBundle(other);
      }
    }
  }

  private void installBundle(Entry entry) {
    try {
      runtime.install(entry.jar.manifest(), entry.jar.path());
      save(entry);
    } catch (PluginRejectedException e) {
      transition(entry, PluginState.FAILED, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Installing plugin " + entry.info.id() + " failed", e);
      transition(entry, PluginState.FAILED, "Installing the bundle failed: " + e);
    }
  }

  private void startBundle(Entry entry) {
    transition(entry, PluginState.STARTING, null);
    try {
      runtime.start(entry.jar.manifest());
      transition(entry, PluginState.ACTIVE, null);
    } catch (PluginRejectedException e) {
      LOG.warning(() -> "Plugin " + entry.info.id() + " failed to start: " + e.getMessage());
      transition(entry, PluginState.FAILED, e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.SEVERE, "Plugin " + entry.info.id() + " failed to start", e);
      safeStop(entry);
      transition(entry, PluginState.FAILED, "Starting failed unexpectedly: " + e);
    }
  }

  private void stopBundle(Entry entry) {
    if (entry.info.state() == PluginState.ACTIVE || entry.info.state() == PluginState.STARTING) {
      transition(entry, PluginState.STOPPING, null);
    }
    safeStop(entry);
  }

  private void safeStop(Entry entry) {
    try {
      runtime.stop(entry.info.id());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin " + entry.info.id() + " failed to stop cleanly", e);
    }
  }

  private void removePlugin(Entry entry) {
    String id = entry.info.id();
    stopBundle(entry);
    try {
      runtime.uninstall(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin " + id + " failed to uninstall cleanly", e);
    }
    plugins.remove(id);
    store.delete(id);
    reconcileOthers(id);
    LOG.info(() -> "Plugin " + id + " uninstalled");
  }

  private void reinstateBuiltIn(String id) {
    scan(builtInDir, PluginOrigin.BUILT_IN).stream()
        .filter(jar -> jar.manifest().id().equals(id))
        .findFirst()
        .ifPresent(this::installOrUpdate);
  }

  private void transition(Entry entry, PluginState state, String reason) {
    entry.info = entry.info.withState(state, reason, clock.instant());
    if (state != PluginState.STARTING && state != PluginState.STOPPING) {
      save(entry);
    }
    PluginInfo info = entry.info;
    for (Consumer<PluginInfo> listener : listeners) {
      try {
        listener.accept(info);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A plugin state listener failed", e);
      }
    }
  }

  private void save(Entry entry) {
    PluginInfo info = entry.info;
    store.save(new StoredPlugin(info.id(), info.version(), info.file(), entry.jar.checksum(), info.enabled(),
        info.state(), info.reason().orElse(null), info.changedAt()));
  }

  private void publishSnapshot() {
    snapshot = plugins.values().stream().map(e -> e.info).toList();
  }

  private void reject(String file, String pluginId, String reason) {
    LOG.warning(() -> "Plugin file " + file + " refused: " + reason);
    rejected.put(file, new RejectedJar(file, pluginId, reason, clock.instant()));
  }

  private Entry ownerOf(String fileName) {
    return plugins.values().stream()
        .filter(e -> e.jar.origin() == PluginOrigin.DATA_DIR && e.jar.file().equals(fileName))
        .findFirst().orElse(null);
  }

  private Entry require(String id) {
    Entry entry = plugins.get(id);
    if (entry == null) {
      throw new PluginNotFoundException(id);
    }
    return entry;
  }

  private void requireNotSafeMode() throws PluginRejectedException {
    if (safeMode) {
      throw new PluginRejectedException("The server runs in safe mode: plugins cannot be installed. "
          + "Restart it without --safe-mode.");
    }
  }

  private static void refuseDowngrade(Entry existing, PluginManifest manifest, String fileName)
      throws PluginRejectedException {
    Version installed = Version.parseVersion(existing.info.version());
    Version offered = Version.parseVersion(manifest.version());
    if (offered.compareTo(installed) < 0) {
      throw new PluginRejectedException(fileName + " is refused: it holds plugin '" + manifest.id() + "' "
          + manifest.version() + ", older than the installed " + existing.info.version()
          + ". Downgrades are refused because the plugin's database changes cannot be undone; "
          + "uninstall the plugin first if you really mean it.");
    }
  }

  /** A jar from the data folder replaces a built-in plugin only with a newer version, as at boot. */
  private static void refuseSameVersionOverBuiltIn(Entry existing, PluginManifest manifest, String fileName)
      throws PluginRejectedException {
    if (existing.jar.origin() == PluginOrigin.BUILT_IN && !isNewer(manifest, existing.info.manifest())) {
      throw new PluginRejectedException(fileName + " is refused: plugin '" + manifest.id() + "' "
          + existing.info.version() + " is built in; only a newer version can replace it.");
    }
  }

  /**
   * Refuses a plugin whose table prefix could produce the same table names as another plugin's,
   * e.g. {@code crm} ({@code crm_}) and {@code crm-lite} ({@code crm_lite_}).
   */
  private void refusePrefixConflict(PluginManifest manifest, String fileName) throws PluginRejectedException {
    String conflict = prefixConflict(manifest.id(), plugins.keySet());
    if (conflict != null) {
      throw new PluginRejectedException(fileName + " is refused: the tables of plugin '" + manifest.id()
          + "' (prefix " + manifest.tablePrefix() + ") could clash with those of the installed plugin '" + conflict
          + "' (prefix " + io.atrium.kernel.plugin.PluginId.tablePrefix(conflict) + "). Ask the vendor for "
          + "another plugin id.");
    }
  }

  /** An id among {@code others} whose table prefix starts the prefix of {@code id} or the other way round. */
  static String prefixConflict(String id, java.util.Collection<String> others) {
    String prefix = io.atrium.kernel.plugin.PluginId.tablePrefix(id);
    for (String other : others) {
      if (other.equals(id)) {
        continue;
      }
      String otherPrefix = io.atrium.kernel.plugin.PluginId.tablePrefix(other);
      if (prefix.startsWith(otherPrefix) || otherPrefix.startsWith(prefix)) {
        return other;
      }
    }
    return null;
  }

  private static boolean isNewer(PluginManifest candidate, PluginManifest installed) {
    return Version.parseVersion(candidate.version()).compareTo(Version.parseVersion(installed.version())) > 0;
  }

  /** Validates every jar in a folder; refused ones are recorded. */
  private List<PluginJar> scan(Path dir, PluginOrigin origin) {
    List<PluginJar> jars = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return jars;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
      for (Path file : stream) {
        try {
          PluginManifest manifest = validator.validate(file);
          jars.add(new PluginJar(file, manifest, origin, PluginJar.checksum(file)));
        } catch (PluginRejectedException e) {
          reject(file.getFileName().toString(), null, e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Cannot list plugin folder " + dir, e);
    }
    jars.sort(Comparator.comparing(PluginJar::file));
    return jars;
  }

  /** Keeps the newest jar of each plugin id; a built-in wins a tie. The others are recorded as refused. */
  private List<PluginJar> chooseOnePerId(List<PluginJar> candidates) {
    Map<String, PluginJar> chosen = new LinkedHashMap<>();
    Map<String, List<PluginJar>> losers = new HashMap<>();
    for (PluginJar jar : candidates) {
      String id = jar.manifest().id();
      PluginJar current = chosen.get(id);
      if (current == null) {
        chosen.put(id, jar);
      } else if (isNewer(jar.manifest(), current.manifest())) {
        losers.computeIfAbsent(id, k -> new ArrayList<>()).add(current);
        chosen.put(id, jar);
      } else {
        losers.computeIfAbsent(id, k -> new ArrayList<>()).add(jar);
      }
    }
    losers.forEach((id, jars) -> {
      PluginJar winner = chosen.get(id);
      for (PluginJar loser : jars) {
        if (loser.origin() == PluginOrigin.DATA_DIR) {
          reject(loser.file(), id, loser.file() + " is ignored: plugin '" + id + "' " + winner.manifest().version()
              + " from " + winner.file() + " is used instead. Delete the file you do not want.");
        }
      }
    });
    return new ArrayList<>(chosen.values());
  }

  private void createDataDir() {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the plugin folder " + dataDir, e);
    }
  }
}

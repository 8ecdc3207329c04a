package io.atrium.kernel.plugin.internal;

import static io.atrium.sdk.plugin.PluginState.ACTIVE;
import static io.atrium.sdk.plugin.PluginState.DISABLED;
import static io.atrium.sdk.plugin.PluginState.FAILED;
import static io.atrium.sdk.plugin.PluginState.SAFE_MODE;
import static io.atrium.sdk.plugin.PluginState.STARTING;
import static io.atrium.sdk.plugin.PluginState.STOPPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.plugin.PluginInfo;
import io.atrium.kernel.plugin.PluginNotFoundException;
import io.atrium.kernel.plugin.PluginOperationException;
import io.atrium.kernel.plugin.PluginOrigin;
import io.atrium.kernel.plugin.PluginRejectedException;
import io.atrium.kernel.plugin.PluginValidator;
import io.atrium.kernel.plugin.RejectedJar;
import io.atrium.kernel.plugin.TestPluginJar;
import io.atrium.kernel.testing.MutableClock;
import io.atrium.sdk.plugin.PluginState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Version;

class DefaultPluginRegistryTest {

  @TempDir
  Path root;

  Path builtInDir;
  Path dataDir;
  Path uploads;
  FakePluginRuntime runtime = new FakePluginRuntime();
  final InMemoryPluginStore store = new InMemoryPluginStore();
  final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
  final List<PluginInfo> events = new ArrayList<>();

  @BeforeEach
  void folders() throws IOException {
    builtInDir = Files.createDirectories(root.resolve("plugins"));
    dataDir = root.resolve("data").resolve("plugins");
    uploads = Files.createDirectories(root.resolve("uploads"));
  }

  private DefaultPluginRegistry registry(boolean safeMode) {
    DefaultPluginRegistry registry = new DefaultPluginRegistry(new PluginValidator(new Version(1, 0, 0)), runtime,
        store, builtInDir, dataDir, safeMode, clock);
    registry.addListener(events::add);
    return registry;
  }

  private DefaultPluginRegistry boot() {
    return boot(false);
  }

  private DefaultPluginRegistry boot(boolean safeMode) {
    DefaultPluginRegistry registry = registry(safeMode);
    registry.boot();
    return registry;
  }

  /** A new server over the same store and folders: new runtime, new registry. */
  private DefaultPluginRegistry restart(boolean safeMode) {
    runtime = new FakePluginRuntime();
    events.clear();
    return boot(safeMode);
  }

  private static PluginInfo info(DefaultPluginRegistry registry, String id) {
    return registry.find(id).orElseThrow(() -> new AssertionError("plugin " + id + " is not listed"));
  }

  private static PluginState state(DefaultPluginRegistry registry, String id) {
    return info(registry, id).state();
  }

  private List<PluginState> eventStates(String id) {
    return events.stream().filter(e -> e.id().equals(id)).map(PluginInfo::state).toList();
  }

  private Path builtIn(String id, String version) throws IOException {
    return TestPluginJar.plugin(id, version).writeTo(builtInDir, id + ".jar");
  }

  private Path dropIn(String fileName, String id, String version) throws IOException {
    return TestPluginJar.plugin(id, version).writeTo(dataDir, fileName);
  }

  private Path upload(String fileName, String id, String version) throws IOException {
    return TestPluginJar.plugin(id, version).writeTo(uploads, fileName);
  }

  private List<String> dataFiles() throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> rejectedFiles(DefaultPluginRegistry registry) {
    return registry.rejected().stream().map(RejectedJar::file).toList();
  }

  @Nested
  class Boot {

    @Test
    void installsAndStartsValidJarsFromBothFoldersAndRecordsRefusedOnes() throws IOException {
      Path alpha = builtIn("alpha", "1.0.0");
      dropIn("beta.jar", "beta", "1.2.0");
      Files.writeString(dataDir.resolve("broken.jar"), "not a zip");
      TestPluginJar.plugin("gamma", "1.0.0").header("Atrium-Sdk-Version", "[2.0,3)").writeTo(dataDir, "future.jar");
      Files.writeString(dataDir.resolve("readme.txt"), "not a jar, ignored");

      DefaultPluginRegistry registry = boot();

      assertThat(registry.list()).extracting(PluginInfo::id).containsExactly("alpha", "beta");
      PluginInfo alphaInfo = info(registry, "alpha");
      assertThat(alphaInfo.state()).isEqualTo(ACTIVE);
      assertThat(alphaInfo.origin()).isEqualTo(PluginOrigin.BUILT_IN);
      assertThat(alphaInfo.builtIn()).isTrue();
      assertThat(alphaInfo.file()).isEqualTo("alpha.jar");
      assertThat(alphaInfo.enabled()).isTrue();
      assertThat(alphaInfo.reason()).isEmpty();
      PluginInfo betaInfo = info(registry, "beta");
      assertThat(betaInfo.state()).isEqualTo(ACTIVE);
      assertThat(betaInfo.origin()).isEqualTo(PluginOrigin.DATA_DIR);
      assertThat(betaInfo.builtIn()).isFalse();
      assertThat(betaInfo.version()).isEqualTo("1.2.0");

      assertThat(runtime.active).containsExactlyInAnyOrder("alpha", "beta");
      assertThat(runtime.calls).containsExactly("install alpha 1.0.0 alpha.jar", "install beta 1.2.0 beta.jar",
          "start alpha", "start beta");
      assertThat(runtime.jars.get("alpha")).isEqualTo(alpha);

      assertThat(rejectedFiles(registry)).containsExactly("broken.jar", "future.jar");
      RejectedJar broken = registry.rejected().get(0);
      assertThat(broken.reason()).startsWith("broken.jar is not a JAR file");
      assertThat(broken.pluginId()).isNull();
      assertThat(broken.at()).isEqualTo(clock.instant());
      assertThat(registry.rejected().get(1).reason()).contains("needs Atrium SDK [2.0,3)");

      StoredPlugin stored = store.get("alpha");
      assertThat(stored.state()).isEqualTo(ACTIVE);
      assertThat(stored.enabled()).isTrue();
      assertThat(stored.version()).isEqualTo("1.0.0");
      assertThat(stored.file()).isEqualTo("alpha.jar");
      assertThat(stored.checksum()).isEqualTo(PluginJar.checksum(alpha)).hasSize(64);
      assertThat(store.get("beta").state()).isEqualTo(ACTIVE);
    }

    @Test
    void createsTheDataFolderAndAcceptsAMissingBuiltInFolder() throws IOException {
      Files.delete(builtInDir);

      DefaultPluginRegistry registry = boot();

      assertThat(dataDir).isDirectory();
      assertThat(registry.list()).isEmpty();
      assertThat(registry.rejected()).isEmpty();
      assertThat(registry.dataDir()).isEqualTo(dataDir);
    }

    @Test
    void forgetsStoredPluginsWhoseJarIsGone() throws IOException {
      builtIn("alpha", "1.0.0");
      store.save(new StoredPlugin("ghost", "1.0.0", "ghost.jar", "00", false, DISABLED, null, clock.instant()));

      boot();

      assertThat(store.load()).containsOnlyKeys("alpha");
    }

    @Test
    void aDisabledPluginStaysDisabledAcrossRestarts() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry first = boot();
      first.disable("beta");
      first.shutdown();

      DefaultPluginRegistry second = restart(false);

      assertThat(state(second, "beta")).isEqualTo(DISABLED);
      assertThat(info(second, "beta").enabled()).isFalse();
      assertThat(state(second, "alpha")).isEqualTo(ACTIVE);
      assertThat(runtime.isInstalled("beta")).isTrue();
      assertThat(runtime.isActive("beta")).isFalse();
      assertThat(runtime.calls).doesNotContain("start beta");
      assertThat(store.get("beta").enabled()).isFalse();
      assertThat(store.get("beta").state()).isEqualTo(DISABLED);

      second.enable("beta");
      DefaultPluginRegistry third = restart(false);

      assertThat(state(third, "beta")).isEqualTo(ACTIVE);
      assertThat(info(third, "beta").enabled()).isTrue();
    }

    @Test
    void aBuiltInPluginCanBeDisabledForGood() throws IOException {
      builtIn("alpha", "1.0.0");
      boot().disable("alpha");

      DefaultPluginRegistry second = restart(false);

      assertThat(state(second, "alpha")).isEqualTo(DISABLED);
      assertThat(runtime.active).isEmpty();
    }

    @Test
    void whenTwoJarsCarryTheSameIdTheNewerWinsAndTheOtherIsRefused() throws IOException {
      dropIn("beta-a.jar", "beta", "1.0.0");
      dropIn("beta-b.jar", "beta", "2.0.0");
      dropIn("beta-c.jar", "beta", "1.5.0");

      DefaultPluginRegistry registry = boot();

      assertThat(info(registry, "beta").version()).isEqualTo("2.0.0");
      assertThat(info(registry, "beta").file()).isEqualTo("beta-b.jar");
      assertThat(runtime.calls).containsExactly("install beta 2.0.0 beta-b.jar", "start beta");
      assertThat(registry.rejected()).extracting(RejectedJar::file, RejectedJar::pluginId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("beta-a.jar", "beta"),
              org.assertj.core.groups.Tuple.tuple("beta-c.jar", "beta"));
      assertThat(registry.rejected().get(0).reason()).isEqualTo("beta-a.jar is ignored: plugin 'beta' 2.0.0 from "
          + "beta-b.jar is used instead. Delete the file you do not want.");
    }

    @ParameterizedTest
    @CsvSource({"2.0.0, 1.0.0, alpha-a.jar, alpha-b.jar", "1.0.0, 2.0.0, alpha-b.jar, alpha-a.jar"})
    void theNewerJarWinsWhateverItsFileName(String versionA, String versionB, String winner, String loser)
        throws IOException {
      dropIn("alpha-a.jar", "alpha", versionA);
      dropIn("alpha-b.jar", "alpha", versionB);

      DefaultPluginRegistry registry = boot();

      assertThat(info(registry, "alpha").file()).isEqualTo(winner);
      assertThat(info(registry, "alpha").version()).isEqualTo("2.0.0");
      assertThat(rejectedFiles(registry)).containsExactly(loser);
    }

    @Test
    void aNewerDataFolderJarOverridesTheBuiltInOneWhichIsNotReportedAsRefused() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("alpha-2.jar", "alpha", "2.0.0");

      DefaultPluginRegistry registry = boot();

      assertThat(info(registry, "alpha").origin()).isEqualTo(PluginOrigin.DATA_DIR);
      assertThat(info(registry, "alpha").version()).isEqualTo("2.0.0");
      assertThat(runtime.calls).containsExactly("install alpha 2.0.0 alpha-2.jar", "start alpha");
      assertThat(registry.rejected()).isEmpty();
    }

    @Test
    void anOlderDataFolderJarDoesNotOverrideTheBuiltInOne() throws IOException {
      builtIn("alpha", "2.0.0");
      dropIn("alpha-old.jar", "alpha", "1.0.0");

      DefaultPluginRegistry registry = boot();

      assertThat(info(registry, "alpha").origin()).isEqualTo(PluginOrigin.BUILT_IN);
      assertThat(rejectedFiles(registry)).containsExactly("alpha-old.jar");
      assertThat(registry.rejected().get(0).reason()).contains("'alpha' 2.0.0 from alpha.jar is used instead");
    }

    @Test
    void shutdownStopsRunningPluginsInReverseIdOrder() throws IOException {
      builtIn("alpha", "1.0.0");
      builtIn("beta", "1.0.0");
      builtIn("gamma", "1.0.0");
      DefaultPluginRegistry registry = boot();
      registry.disable("beta");
      runtime.calls.clear();

      registry.shutdown();

      assertThat(runtime.calls).containsExactly("stop gamma", "stop alpha");
    }
  }

  @Nested
  class EnableAndDisable {

    @Test
    void disableStopsThePluginAndRemembersTheChoice() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      events.clear();
      runtime.calls.clear();
      clock.advance(Duration.ofMinutes(5));

      PluginInfo disabled = registry.disable("beta");

      assertThat(disabled.state()).isEqualTo(DISABLED);
      assertThat(disabled.enabled()).isFalse();
      assertThat(disabled.changedAt()).isEqualTo(clock.instant());
      assertThat(registry.find("beta")).contains(disabled);
      assertThat(runtime.calls).containsExactly("stop beta");
      assertThat(eventStates("beta")).containsExactly(STOPPING, DISABLED);
      assertThat(store.get("beta").state()).isEqualTo(DISABLED);
      assertThat(store.get("beta").enabled()).isFalse();
      assertThat(store.get("beta").changedAt()).isEqualTo(clock.instant());
    }

    @Test
    void enableStartsThePluginAndRemembersTheChoice() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      registry.disable("beta");
      events.clear();
      runtime.calls.clear();

      PluginInfo enabled = registry.enable("beta");

      assertThat(enabled.state()).isEqualTo(ACTIVE);
      assertThat(enabled.enabled()).isTrue();
      assertThat(runtime.calls).containsExactly("start beta");
      assertThat(runtime.isActive("beta")).isTrue();
      assertThat(eventStates("beta")).containsExactly(STARTING, ACTIVE);
      assertThat(store.get("beta").state()).isEqualTo(ACTIVE);
      assertThat(store.get("beta").enabled()).isTrue();
    }

    @Test
    void enablingARunningPluginDoesNotRestartIt() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      assertThat(registry.enable("beta").state()).isEqualTo(ACTIVE);
      assertThat(runtime.calls).isEmpty();
    }

    @Test
    void disablingTwiceIsHarmless() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      registry.disable("beta");

      assertThat(registry.disable("beta").state()).isEqualTo(DISABLED);
      assertThat(runtime.isActive("beta")).isFalse();
    }

    @Test
    void unknownPluginsAreReportedAsNotFound() {
      DefaultPluginRegistry registry = boot();

      assertThatThrownBy(() -> registry.enable("nope")).isInstanceOf(PluginNotFoundException.class)
          .hasMessage("No plugin with id 'nope' is installed.");
      assertThatThrownBy(() -> registry.disable("nope")).isInstanceOf(PluginNotFoundException.class);
      assertThatThrownBy(() -> registry.uninstall("nope")).isInstanceOf(PluginNotFoundException.class);
    }
  }

  @Nested
  class Failures {

    @Test
    void aStartFailureMarksOnlyThatPluginFailedWithTheRuntimesReason() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("beta.jar", "beta", "1.0.0");
      dropIn("gamma.jar", "gamma", "1.0.0");
      String reason = "Plugin 'beta' cannot start: it imports package com.example.missing";
      runtime.failStart.put("beta", reason);

      DefaultPluginRegistry registry = boot();

      assertThat(state(registry, "beta")).isEqualTo(FAILED);
      assertThat(info(registry, "beta").reason()).contains(reason);
      assertThat(info(registry, "beta").enabled()).isTrue();
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      assertThat(state(registry, "gamma")).isEqualTo(ACTIVE);
      assertThat(store.get("beta").state()).isEqualTo(FAILED);
      assertThat(store.get("beta").reason()).isEqualTo(reason);
      assertThat(eventStates("beta")).containsExactly(STARTING, FAILED);
    }

    @Test
    void enableRetriesAFailedPluginOnceTheCauseIsGone() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      runtime.failStart.put("beta", "not today");
      DefaultPluginRegistry registry = boot();
      runtime.failStart.clear();

      PluginInfo info = registry.enable("beta");

      assertThat(info.state()).isEqualTo(ACTIVE);
      assertThat(info.reason()).isEmpty();
      assertThat(store.get("beta").reason()).isNull();
    }

    @Test
    void anInstallFailureMarksThePluginFailedAndNeverStartsIt() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("beta.jar", "beta", "1.0.0");
      runtime.failInstall.put("beta", "Plugin 'beta' could not be installed: bad bundle");

      DefaultPluginRegistry registry = boot();

      assertThat(state(registry, "beta")).isEqualTo(FAILED);
      assertThat(info(registry, "beta").reason()).contains("Plugin 'beta' could not be installed: bad bundle");
      assertThat(runtime.calls).doesNotContain("start beta");
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);

      runtime.failInstall.clear();
      assertThat(registry.enable("beta").state()).isEqualTo(ACTIVE);
      assertThat(runtime.callsFor("beta")).containsExactly("install beta 1.0.0 beta.jar", "install beta 1.0.0 beta.jar",
          "start beta");
    }

    @Test
    void reconcileRestartsAPluginWhoseBundleStoppedBehindTheRegistrysBack() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.active.remove("beta");
      runtime.calls.clear();

      registry.reconcile();

      assertThat(runtime.calls).containsExactly("start beta");
      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
    }
  }

  @Nested
  class Upload {

    @Test
    void aNewPluginIsCopiedIntoTheDataFolderUnderItsIdAndStarted() throws Exception {
      builtIn("alpha", "1.0.0");
      DefaultPluginRegistry registry = boot();
      Path upload = upload("Gamma Plugin (1).jar", "gamma", "1.0.0");

      PluginInfo info = registry.upload(upload, "Gamma Plugin (1).jar");

      Path stored = dataDir.resolve("gamma.jar");
      assertThat(info.id()).isEqualTo("gamma");
      assertThat(info.state()).isEqualTo(ACTIVE);
      assertThat(info.origin()).isEqualTo(PluginOrigin.DATA_DIR);
      assertThat(info.file()).isEqualTo("gamma.jar");
      assertThat(stored).hasSameBinaryContentAs(upload);
      assertThat(upload).exists();
      assertThat(dataFiles()).containsExactly("gamma.jar");
      assertThat(runtime.jars.get("gamma")).isEqualTo(stored);
      assertThat(runtime.callsFor("gamma")).containsExactly("install gamma 1.0.0 gamma.jar", "start gamma");
      assertThat(registry.list()).extracting(PluginInfo::id).containsExactly("alpha", "gamma");
      assertThat(store.get("gamma").state()).isEqualTo(ACTIVE);
      assertThat(store.get("gamma").checksum()).isEqualTo(PluginJar.checksum(stored));
    }

    @Test
    void anOlderVersionIsRefusedAndNothingChanges() throws Exception {
      Path installed = dropIn("beta.jar", "beta", "2.0.0");
      byte[] before = Files.readAllBytes(installed);
      DefaultPluginRegistry registry = boot();
      PluginInfo infoBefore = info(registry, "beta");
      List<String> callsBefore = List.copyOf(runtime.calls);
      StoredPlugin storedBefore = store.get("beta");
      clock.advance(Duration.ofHours(1));

      assertThatThrownBy(() -> registry.upload(upload("beta-old.jar", "beta", "1.5.0"), "beta-old.jar"))
          .isInstanceOf(PluginRejectedException.class)
          .hasMessageStartingWith("beta-old.jar is refused: it holds plugin 'beta' 1.5.0, older than the installed "
              + "2.0.0. Downgrades are refused");

      assertThat(Files.readAllBytes(installed)).isEqualTo(before);
      assertThat(dataFiles()).containsExactly("beta.jar");
      assertThat(runtime.calls).isEqualTo(callsBefore);
      assertThat(info(registry, "beta")).isEqualTo(infoBefore);
      assertThat(store.get("beta")).isEqualTo(storedBefore);
      assertThat(registry.rejected()).isEmpty();
    }

    @Test
    void aNewerVersionUpdatesThePluginAndReplacesItsFile() throws Exception {
      dropIn("beta-1.0.0.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();
      events.clear();

      PluginInfo info = registry.upload(upload("beta-1.1.0.jar", "beta", "1.1.0"), "beta-1.1.0.jar");

      assertThat(info.version()).isEqualTo("1.1.0");
      assertThat(info.state()).isEqualTo(ACTIVE);
      assertThat(info.file()).isEqualTo("beta.jar");
      assertThat(dataFiles()).containsExactly("beta.jar");
      assertThat(runtime.calls).containsExactly("stop beta", "install beta 1.1.0 beta.jar", "start beta");
      assertThat(runtime.installed.get("beta").version()).isEqualTo("1.1.0");
      assertThat(eventStates("beta")).containsExactly(STOPPING, STARTING, ACTIVE);
      assertThat(store.get("beta").version()).isEqualTo("1.1.0");
      assertThat(store.get("beta").file()).isEqualTo("beta.jar");
    }

    @Test
    void anUpdateOfADisabledPluginLeavesItDisabled() throws Exception {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      registry.disable("beta");
      runtime.calls.clear();

      PluginInfo info = registry.upload(upload("beta.jar", "beta", "1.1.0"), "beta.jar");

      assertThat(info.state()).isEqualTo(DISABLED);
      assertThat(info.enabled()).isFalse();
      assertThat(info.version()).isEqualTo("1.1.0");
      assertThat(runtime.calls).doesNotContain("start beta").contains("install beta 1.1.0 beta.jar");
      assertThat(runtime.isActive("beta")).isFalse();
    }

    @Test
    void anUploadOverridingABuiltInPluginIsUndoneByUninstall() throws Exception {
      builtIn("alpha", "1.0.0");
      DefaultPluginRegistry registry = boot();

      assertThat(registry.upload(upload("alpha.jar", "alpha", "1.1.0"), "alpha.jar").origin())
          .isEqualTo(PluginOrigin.DATA_DIR);
      registry.uninstall("alpha");

      assertThat(info(registry, "alpha").origin()).isEqualTo(PluginOrigin.BUILT_IN);
      assertThat(info(registry, "alpha").version()).isEqualTo("1.0.0");
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      assertThat(builtInDir.resolve("alpha.jar")).exists();
      assertThat(dataFiles()).isEmpty();
    }

    @Test
    void aBrokenUploadIsRefusedAndLeavesNoFileBehind() throws Exception {
      DefaultPluginRegistry registry = boot();
      Path upload = Files.writeString(uploads.resolve("plugin.jar"), "<html>502 Bad Gateway</html>");

      assertThatThrownBy(() -> registry.upload(upload, "plugin.jar")).isInstanceOf(PluginRejectedException.class)
          .hasMessageStartingWith("plugin.jar is not a JAR file");

      assertThat(dataFiles()).isEmpty();
      assertThat(registry.list()).isEmpty();
      assertThat(registry.rejected()).isEmpty();
    }

    @Test
    void aValidUploadClearsTheRefusalOfTheFileItReplaces() throws Exception {
      Files.createDirectories(dataDir);
      Files.writeString(dataDir.resolve("gamma.jar"), "half a jar");
      DefaultPluginRegistry registry = boot();
      assertThat(rejectedFiles(registry)).containsExactly("gamma.jar");

      registry.upload(upload("gamma-1.0.0.jar", "gamma", "1.0.0"), "gamma-1.0.0.jar");

      assertThat(registry.rejected()).isEmpty();
      assertThat(state(registry, "gamma")).isEqualTo(ACTIVE);
    }
  }

  @Nested
  class DataFolderChanges {

    @Test
    void aNewJarIsInstalledAndStarted() throws IOException {
      builtIn("alpha", "1.0.0");
      DefaultPluginRegistry registry = boot();

      registry.onDataFileChanged(dropIn("gamma.jar", "gamma", "1.0.0"));

      assertThat(state(registry, "gamma")).isEqualTo(ACTIVE);
      assertThat(info(registry, "gamma").origin()).isEqualTo(PluginOrigin.DATA_DIR);
      assertThat(runtime.callsFor("gamma")).containsExactly("install gamma 1.0.0 gamma.jar", "start gamma");
      assertThat(store.get("gamma").state()).isEqualTo(ACTIVE);
    }

    @Test
    void aBrokenJarIsRefusedAndTheRunningPluginKeepsRunning() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      Files.writeString(beta, "truncated");
      registry.onDataFileChanged(beta);

      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
      assertThat(runtime.calls).isEmpty();
      assertThat(registry.rejected()).singleElement().satisfies(rejected -> {
        assertThat(rejected.file()).isEqualTo("beta.jar");
        assertThat(rejected.pluginId()).isEqualTo("beta");
        assertThat(rejected.reason()).startsWith("beta.jar is not a JAR file")
            .endsWith(" Plugin 'beta' keeps running version 1.0.0.");
      });
    }

    @Test
    void putingTheRunningJarBackClearsTheRefusal() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      byte[] good = Files.readAllBytes(beta);
      DefaultPluginRegistry registry = boot();
      Files.writeString(beta, "truncated");
      registry.onDataFileChanged(beta);
      runtime.calls.clear();

      Files.write(beta, good);
      registry.onDataFileChanged(beta);

      assertThat(registry.rejected()).isEmpty();
      assertThat(runtime.calls).isEmpty();
      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
    }

    @Test
    void aJarWithAnUnchangedChecksumIsANoOp() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      PluginInfo before = info(registry, "beta");
      StoredPlugin storedBefore = store.get("beta");
      runtime.calls.clear();
      events.clear();
      clock.advance(Duration.ofMinutes(1));

      // rewritten with the same bytes: a new modification time, same content
      dropIn("beta.jar", "beta", "1.0.0");
      registry.onDataFileChanged(beta);

      assertThat(runtime.calls).isEmpty();
      assertThat(events).isEmpty();
      assertThat(info(registry, "beta")).isEqualTo(before);
      assertThat(store.get("beta")).isEqualTo(storedBefore);
    }

    @Test
    void aNewerJarUnderTheSameNameUpdatesThePlugin() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      dropIn("beta.jar", "beta", "1.1.0");
      registry.onDataFileChanged(beta);

      assertThat(info(registry, "beta").version()).isEqualTo("1.1.0");
      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
      assertThat(runtime.calls).containsExactly("stop beta", "install beta 1.1.0 beta.jar", "start beta");
    }

    @Test
    void anOlderJarUnderTheSameNameIsRefusedAndThePluginKeepsRunning() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "2.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      dropIn("beta.jar", "beta", "1.0.0");
      registry.onDataFileChanged(beta);

      assertThat(info(registry, "beta").version()).isEqualTo("2.0.0");
      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
      assertThat(runtime.calls).isEmpty();
      assertThat(registry.rejected()).singleElement().satisfies(r ->
          assertThat(r.reason()).contains("older than the installed 2.0.0"));
    }

    @Test
    void aSecondJarOfAnInstalledPluginThatIsNotNewerIsIgnored() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      registry.onDataFileChanged(dropIn("beta-copy.jar", "beta", "1.0.0"));

      assertThat(info(registry, "beta").file()).isEqualTo("beta.jar");
      assertThat(runtime.calls).isEmpty();
      assertThat(registry.rejected()).singleElement().satisfies(r -> {
        assertThat(r.file()).isEqualTo("beta-copy.jar");
        assertThat(r.reason()).isEqualTo("beta-copy.jar is ignored: plugin 'beta' 1.0.0 is already installed from "
            + "beta.jar. Delete one of the two files.");
      });
    }

    @Test
    void aSecondJarOfAnInstalledPluginThatIsNewerTakesOver() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();

      registry.onDataFileChanged(dropIn("beta-2.jar", "beta", "2.0.0"));

      assertThat(info(registry, "beta").file()).isEqualTo("beta-2.jar");
      assertThat(info(registry, "beta").version()).isEqualTo("2.0.0");
      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
    }

    @Test
    void anUpdateOfADisabledPluginLeavesItDisabled() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      registry.disable("beta");

      dropIn("beta.jar", "beta", "1.1.0");
      registry.onDataFileChanged(beta);

      assertThat(state(registry, "beta")).isEqualTo(DISABLED);
      assertThat(info(registry, "beta").version()).isEqualTo("1.1.0");
      assertThat(runtime.isActive("beta")).isFalse();
    }

    @Test
    void aRemovedJarUninstallsItsPlugin() throws IOException {
      builtIn("alpha", "1.0.0");
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();
      events.clear();

      Files.delete(beta);
      registry.onDataFileRemoved("beta.jar");

      assertThat(registry.find("beta")).isEmpty();
      assertThat(registry.list()).extracting(PluginInfo::id).containsExactly("alpha");
      assertThat(runtime.calls).containsExactly("stop beta", "uninstall beta");
      assertThat(runtime.isInstalled("beta")).isFalse();
      assertThat(store.get("beta")).isNull();
      assertThat(eventStates("beta")).containsExactly(STOPPING);
    }

    @Test
    void newsOfARemovalThatArrivesAfterTheFileCameBackIsIgnored() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      // the watcher saw beta.jar gone between an uninstall and the upload that stored it again
      registry.onDataFileRemoved("beta.jar");

      assertThat(state(registry, "beta")).isEqualTo(ACTIVE);
      assertThat(runtime.calls).isEmpty();
    }

    @Test
    void removingAFileNoPluginCameFromChangesNothingButForgetsItsRefusal() throws IOException {
      builtIn("alpha", "1.0.0");
      Files.createDirectories(dataDir);
      Path broken = Files.writeString(dataDir.resolve("broken.jar"), "nope");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      Files.delete(broken);
      registry.onDataFileRemoved("broken.jar");
      registry.onDataFileRemoved("alpha.jar");

      assertThat(registry.rejected()).isEmpty();
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      assertThat(runtime.calls).isEmpty();
    }

    @Test
    void removingTheJarThatOverridesABuiltInPluginBringsTheBuiltInOneBack() throws IOException {
      builtIn("alpha", "1.0.0");
      Path override = dropIn("alpha-2.jar", "alpha", "2.0.0");
      DefaultPluginRegistry registry = boot();

      Files.delete(override);
      registry.onDataFileRemoved("alpha-2.jar");

      assertThat(info(registry, "alpha").origin()).isEqualTo(PluginOrigin.BUILT_IN);
      assertThat(info(registry, "alpha").version()).isEqualTo("1.0.0");
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      assertThat(runtime.installed.get("alpha").version()).isEqualTo("1.0.0");
    }
  }

  @Nested
  class Uninstall {

    @Test
    void aBuiltInPluginCannotBeUninstalled() throws IOException {
      Path alpha = builtIn("alpha", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      assertThatThrownBy(() -> registry.uninstall("alpha")).isInstanceOf(PluginOperationException.class)
          .hasMessage("Plugin 'alpha' is built in and cannot be uninstalled; disable it instead.");

      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      assertThat(alpha).exists();
      assertThat(runtime.calls).isEmpty();
    }

    @Test
    void aDataFolderPluginIsStoppedRemovedAndItsFileDeleted() throws IOException {
      Path beta = dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      registry.uninstall("beta");

      assertThat(registry.find("beta")).isEmpty();
      assertThat(beta).doesNotExist();
      assertThat(runtime.calls).containsExactly("stop beta", "uninstall beta");
      assertThat(store.get("beta")).isNull();
    }

    @Test
    void uninstallingAnOverrideReinstatesTheBuiltInPlugin() throws IOException {
      Path builtIn = builtIn("alpha", "1.0.0");
      Path override = dropIn("alpha-2.jar", "alpha", "2.0.0");
      DefaultPluginRegistry registry = boot();
      runtime.calls.clear();

      registry.uninstall("alpha");

      assertThat(override).doesNotExist();
      assertThat(builtIn).exists();
      PluginInfo alpha = info(registry, "alpha");
      assertThat(alpha.origin()).isEqualTo(PluginOrigin.BUILT_IN);
      assertThat(alpha.version()).isEqualTo("1.0.0");
      assertThat(alpha.state()).isEqualTo(ACTIVE);
      assertThat(runtime.calls).containsExactly("stop alpha", "uninstall alpha", "install alpha 1.0.0 alpha.jar",
          "start alpha");
      assertThat(store.get("alpha").version()).isEqualTo("1.0.0");

      // the watcher reports the deleted file afterwards: the built-in plugin is not affected
      registry.onDataFileRemoved("alpha-2.jar");
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
    }
  }

  @Nested
  class SafeMode {

    @Test
    void dataFolderPluginsAreListedButNeverInstalled() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("beta.jar", "beta", "1.0.0");

      DefaultPluginRegistry registry = boot(true);

      assertThat(registry.safeMode()).isTrue();
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      PluginInfo beta = info(registry, "beta");
      assertThat(beta.state()).isEqualTo(SAFE_MODE);
      assertThat(beta.reason()).contains("The server runs in safe mode: only built-in plugins are loaded.");
      assertThat(runtime.callsFor("beta")).isEmpty();
    }

    @Test
    void enablingADataFolderPluginIsRefused() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot(true);

      assertThatThrownBy(() -> registry.enable("beta")).isInstanceOf(PluginOperationException.class)
          .hasMessageContaining("safe mode");

      assertThat(state(registry, "beta")).isEqualTo(SAFE_MODE);
      assertThat(runtime.callsFor("beta")).isEmpty();
    }

    @Test
    void uploadsAndFolderChangesAreIgnored() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      DefaultPluginRegistry registry = boot(true);

      assertThatThrownBy(() -> registry.upload(upload("gamma.jar", "gamma", "1.0.0"), "gamma.jar"))
          .isInstanceOf(PluginRejectedException.class).hasMessageContaining("safe mode");
      registry.onDataFileChanged(dropIn("delta.jar", "delta", "1.0.0"));
      registry.onDataFileRemoved("beta.jar");

      assertThat(registry.list()).extracting(PluginInfo::id).containsExactly("beta");
      assertThat(state(registry, "beta")).isEqualTo(SAFE_MODE);
      assertThat(dataFiles()).containsExactly("beta.jar", "delta.jar");
      assertThat(runtime.calls).isEmpty();
    }

    @Test
    void safeModeKeepsTheAdministratorsChoicesForTheNextNormalStart() throws IOException {
      dropIn("beta.jar", "beta", "1.0.0");
      dropIn("gamma.jar", "gamma", "1.0.0");
      boot(false).disable("beta");

      DefaultPluginRegistry safe = restart(true);
      assertThat(info(safe, "beta").enabled()).isFalse();
      assertThat(info(safe, "gamma").enabled()).isTrue();
      safe.disable("gamma");

      DefaultPluginRegistry normal = restart(false);
      assertThat(state(normal, "beta")).isEqualTo(DISABLED);
      assertThat(state(normal, "gamma")).isEqualTo(DISABLED);
    }

    @Test
    void aBuiltInPluginWinsOverADataFolderCopyInSafeMode() throws IOException {
      builtIn("alpha", "1.0.0");
      dropIn("alpha-2.jar", "alpha", "2.0.0");

      DefaultPluginRegistry registry = boot(true);

      assertThat(info(registry, "alpha").origin()).isEqualTo(PluginOrigin.BUILT_IN);
      assertThat(state(registry, "alpha")).isEqualTo(ACTIVE);
      assertThat(runtime.calls).containsExactly("install alpha 1.0.0 alpha.jar", "start alpha");
    }
  }

  @Nested
  class SharedTableNames {

    @Test
    void aPluginWhosePrefixCouldClashIsRefusedOnUpload() throws Exception {
      dropIn("crm.jar", "crm", "1.0.0");
      DefaultPluginRegistry registry = boot();

      assertThatThrownBy(() -> registry.upload(upload("crm-lite.jar", "crm-lite", "1.0.0"), "crm-lite.jar"))
          .isInstanceOf(PluginRejectedException.class)
          .hasMessageContaining("prefix crm_lite_").hasMessageContaining("'crm'");
      assertThat(registry.find("crm-lite")).isEmpty();
    }

    @Test
    void atBootTheSecondOfTwoClashingPluginsIsNotLoaded() throws Exception {
      dropIn("crm.jar", "crm", "1.0.0");
      dropIn("crm-lite.jar", "crm-lite", "1.0.0");

      DefaultPluginRegistry registry = boot();

      assertThat(registry.list()).extracting(PluginInfo::id).containsExactly("crm");
      assertThat(registry.rejected()).extracting(RejectedJar::file).containsExactly("crm-lite.jar");
    }

    @Test
    void unrelatedPrefixesDoNotClash() {
      assertThat(DefaultPluginRegistry.prefixConflict("crm", List.of("crm2", "sales-crm"))).isNull();
      assertThat(DefaultPluginRegistry.prefixConflict("crm-lite", List.of("crm"))).isEqualTo("crm");
      assertThat(DefaultPluginRegistry.prefixConflict("crm", List.of("crm-lite"))).isEqualTo("crm-lite");
    }
  }

  @Nested
  class BuiltInOverrides {

    @Test
    void onlyANewerVersionReplacesABuiltInPlugin() throws Exception {
      builtIn("alpha", "1.0.0");
      DefaultPluginRegistry registry = boot();

      assertThatThrownBy(() -> registry.upload(upload("alpha-same.jar", "alpha", "1.0.0"), "alpha-same.jar"))
          .isInstanceOf(PluginRejectedException.class).hasMessageContaining("is built in");
      PluginInfo newer = registry.upload(upload("alpha-new.jar", "alpha", "1.1.0"), "alpha-new.jar");

      assertThat(newer.version()).isEqualTo("1.1.0");
      assertThat(newer.origin()).isEqualTo(PluginOrigin.DATA_DIR);
    }
  }
}

package io.atrium.sdk.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Processor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards the SDK's compatibility with plugins built against the released SDK: bnd's baseline of
 * the packages as compiled now against the released API tree in {@code baseline/released-api.json}.
 * A change that breaks plugins needs a major package version, an addition a minor one.
 */
class SdkBaselineTest {

  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
  private static final Path RELEASED = BASEDIR.resolve("baseline/released-api.json");

  @Test
  void everyExportedPackageIsVersionedAtLeastAsTheReleasedApiRequires() throws Exception {
    ReleasedApi released = ReleasedApi.read(RELEASED);
    ReleasedApi now = ReleasedApi.of(BASEDIR.resolve("target/classes").toFile());

    try (Processor reporter = new Processor()) {
      Set<Baseline.Info> packages = new Baseline(reporter, new DiffPluginImpl())
          .baseline(now.tree(), now.exports(), released.tree(), released.exports(), new Instructions("*"));
      List<String> mismatches = packages.stream().filter(info -> info.mismatch).map(SdkBaselineTest::explain)
          .sorted().toList();

      assertThat(mismatches).as("SDK packages whose version does not say how they changed since the released SDK "
          + "(see \"Versioning\" in docs/sdk/reference.md)").isEmpty();
      assertThat(packages).as("the baseline compared the exported packages").hasSizeGreaterThan(10);
    }
  }

  private static String explain(Baseline.Info info) {
    return info.packageName + ": " + info.packageDiff.getDelta() + " change since " + info.olderVersion
        + ", version " + info.newerVersion + ", needs at least " + info.suggestedVersion
        + (info.reason == null ? "" : " (" + info.reason + ")");
  }
}

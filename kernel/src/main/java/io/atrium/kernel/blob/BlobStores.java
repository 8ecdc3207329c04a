package io.atrium.kernel.blob;

import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.blob.BlobStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/** Makes the {@link BlobStore} of each plugin, all over one folder, one index and one content detector. */
public final class BlobStores {

  private final BlobFiles files;
  private final BlobIntake intake;
  private final BlobIndex index;
  private final CompletionHooks transaction;
  private final Clock clock;
  private final Supplier<Locale> locale;

  /** The parts the stores share. */
  public BlobStores(BlobFiles files, BlobIndex index, CompletionHooks transaction, Clock clock,
      Supplier<Locale> locale) {
    this.files = files;
    this.intake = new BlobIntake(files, new ContentTypes());
    this.index = index;
    this.transaction = transaction;
    this.clock = clock;
    this.locale = locale;
  }

  /** The kernel's stores: files under {@code <data>/blobs}, rows in the platform database, the JTA transaction. */
  public static BlobStores forKernel(Path dataDir, Jdbc jdbc, Clock clock, Supplier<Locale> locale) {
    BlobFiles files = new BlobFiles(dataDir.resolve("blobs"));
    files.removeLeftoverUploads();
    return new BlobStores(files, new JdbcBlobIndex(jdbc), new JtaCompletionHooks(), clock, locale);
  }

  /** The store of one plugin. */
  public BlobStore storeFor(String pluginId) {
    return new PluginBlobStore(pluginId, files, intake, index, transaction, clock, locale);
  }
}

package io.atrium.kernel.blob;

import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link BlobStore} of one plugin. A stored file is placed under the plugin's folder at once
 * and recorded in the index within the caller's transaction; should that transaction roll back,
 * the file is removed. A deleted blob's row goes with the transaction and its file after commit.
 */
public final class PluginBlobStore implements BlobStore {

  private final String pluginId;
  private final BlobFiles files;
  private final BlobIntake intake;
  private final BlobIndex index;
  private final CompletionHooks transaction;
  private final Clock clock;
  private final Supplier<Locale> locale;

  /** The store of one plugin. */
  public PluginBlobStore(String pluginId, BlobFiles files, BlobIntake intake, BlobIndex index,
      CompletionHooks transaction, Clock clock, Supplier<Locale> locale) {
    this.pluginId = pluginId;
    this.files = files;
    this.intake = intake;
    this.index = index;
    this.transaction = transaction;
    this.clock = clock;
    this.locale = locale;
  }

  @Override
  public StoredBlob store(String filename, InputStream content, BlobPolicy policy) {
    BlobIntake.Received received = intake.receive(filename, content, policy, locale.get());
    String id = BlobIds.next();
    Path target = files.path(pluginId, id);
    try {
      files.place(received.file(), target);
    } catch (IOException e) {
      files.deleteQuietly(received.file());
      throw new UncheckedIOException("Cannot place the file " + received.filename() + " under " + files.root(), e);
    }
    // the database keeps microseconds
    StoredBlob blob = new StoredBlob(id, received.filename(), received.mediaType(), received.size(),
        received.sha256(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    try {
      if (transaction.active()) {
        transaction.afterCompletion(committed -> {
          if (!committed) {
            files.deleteQuietly(target);
          }
        });
      }
      index.insert(pluginId, blob);
    } catch (RuntimeException e) {
      files.deleteQuietly(target);
      throw e;
    }
    return blob;
  }

  @Override
  public Optional<StoredBlob> find(String id) {
    return BlobIds.isWellFormed(id) ? index.find(pluginId, id) : Optional.empty();
  }

  @Override
  public InputStream open(String id) {
    StoredBlob blob = find(id).orElseThrow(() -> new NoSuchElementException(
        KernelTexts.format(locale.get(), "blob.notFound", id)));
    Path file = files.path(pluginId, blob.id());
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("The content of blob " + id + " (" + blob.filename() + ") is missing from "
          + file + "; restore it from a backup of the data folder", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read blob " + id + " from " + file, e);
    }
  }

  @Override
  public void delete(String id) {
    if (!BlobIds.isWellFormed(id) || !index.delete(pluginId, id)) {
      return;
    }
    Path file = files.path(pluginId, id);
    if (transaction.active()) {
      transaction.afterCompletion(committed -> {
        if (committed) {
          files.deleteQuietly(file);
        }
      });
    } else {
      files.deleteQuietly(file);
    }
  }
}

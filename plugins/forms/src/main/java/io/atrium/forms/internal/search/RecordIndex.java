package io.atrium.forms.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The records' search index in one folder of this node. Besides the documents, each Lucene commit
 * keeps the change-log cursor (every entry up to it is in the index) and whether the index is
 * complete, i.e. was built from the tables at least once. Writes are seen by searches at once and
 * made durable by {@link #commit}.
 */
public final class RecordIndex implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RecordIndex.class.getName());

  /** Commit data: the change-log cursor. */
  static final String CURSOR = "atrium.cursor";
  /** Commit data: {@code true} once the index was built from the tables. */
  static final String READY = "atrium.ready";
  /** Commit data: the document format; another one means the index is built again. */
  static final String FORMAT = "atrium.format";
  /** The document format {@link RecordDocuments} writes. */
  static final String CURRENT_FORMAT = "1";

  /** Relevance first, then newer records (higher ids) first. */
  private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(RecordDocuments.ID,
      SortField.Type.LONG, true));

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long cursor;
  private volatile boolean ready;

  private RecordIndex(Path folder, Directory directory, IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    this.ready = "true".equals(data.get(READY)) && CURRENT_FORMAT.equals(data.get(FORMAT));
    this.cursor = ready ? Long.parseLong(data.getOrDefault(CURSOR, "0")) : 0L;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the index in the folder, creating it when there is none. An index that cannot be read
   * (damaged, or written by an incompatible Lucene) is deleted and started empty, not ready.
   *
   * @throws IOException when the folder cannot be used, e.g. another process holds its lock
   */
  public static RecordIndex open(Path folder) throws IOException {
    Files.createDirectories(folder);
    try {
      return openIn(folder, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    } catch (LockObtainFailedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The records search index in " + folder + " cannot be read; it is built again", e);
      clear(folder);
      return openIn(folder, IndexWriterConfig.OpenMode.CREATE);
    }
  }

  private static RecordIndex openIn(Path folder, IndexWriterConfig.OpenMode mode) throws IOException {
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.index()).setOpenMode(mode)
          .setCommitOnClose(false));
      RecordIndex index = new RecordIndex(folder, directory, writer);
      // reads every segment's header once: a damaged one fails here, not in a search
      index.searchers.maybeRefreshBlocking();
      return index;
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }

  private static void clear(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!file.equals(folder)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** The folder the index lives in. */
  public Path folder() {
    return folder;
  }

  /** Whether the index was built from the tables and can answer searches. */
  public boolean ready() {
    return ready;
  }

  /** The highest change-log sequence number up to which every entry is in the index. */
  public long cursor() {
    return cursor;
  }

  /** Adds or replaces a record's document. */
  public void put(RecordDocument record) throws IOException {
    Document document = RecordDocuments.of(record);
    writer.updateDocument(RecordDocuments.key(record.formKey(), record.recordId()), document);
  }

  /** Removes a record's document, if there is one. */
  public void remove(String formKey, long recordId) throws IOException {
    writer.deleteDocuments(RecordDocuments.key(formKey, recordId));
  }

  /** Removes the documents of all records of a form. */
  public void removeForm(String formKey) throws IOException {
    writer.deleteDocuments(RecordDocuments.form(formKey));
  }

  /** Starts building the index from nothing: it is not ready until {@link #built}. */
  public void startBuilding() throws IOException {
    ready = false;
    writer.deleteAll();
  }

  /** The build from the tables is done; entries after {@code upTo} are still to apply. */
  public void built(long upTo) throws IOException {
    publish(upTo, true);
    // only now: a search must not see the empty index of the build's start
    ready = true;
    commit();
  }

  /** Everything up to the change-log entry {@code upTo} is applied; searches see it from now on. */
  public void advance(long upTo) throws IOException {
    publish(upTo, ready);
  }

  private void publish(long upTo, boolean complete) throws IOException {
    cursor = upTo;
    writer.setLiveCommitData(Map.of(CURSOR, Long.toString(upTo), READY, Boolean.toString(complete), FORMAT,
        CURRENT_FORMAT).entrySet());
    searchers.maybeRefreshBlocking();
  }

  /** Makes what was applied durable, with its cursor; nothing when nothing changed. */
  public void commit() throws IOException {
    if (writer.hasUncommittedChanges()) {
      writer.commit();
    }
  }

  /** At most {@code limit} records matching the query, the best and then the newest first. */
  public List<IndexHit> search(Query query, int limit) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopFieldDocs top = searcher.search(query, limit, ORDER, true);
      StoredFields stored = searcher.storedFields();
      List<IndexHit> hits = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        Document document = stored.document(hit.doc);
        hits.add(new IndexHit(document.get(RecordDocuments.FORM),
            document.getField(RecordDocuments.ID).numericValue().longValue()));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  /** How many documents searches see. */
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Commits what was applied and closes the index. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      commit();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}

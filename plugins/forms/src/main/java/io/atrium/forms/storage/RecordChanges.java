package io.atrium.forms.storage;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the records' change log that {@link RecordStore} writes in the transaction of each change,
 * so that every node of a cluster can bring its own copy of derived data (the search index) up to
 * date in the same order. Sequence numbers increase, but a transaction that commits late can make
 * an entry appear behind later ones; readers look again for numbers they have not seen yet.
 */
@ProviderType
public interface RecordChanges {

  /** At most {@code limit} entries with a sequence number above {@code seq}, in sequence order. */
  List<RecordChange> after(long seq, int limit);

  /** At most {@code limit} entries with sequence numbers from {@code from} to {@code to}, in sequence order. */
  List<RecordChange> between(long from, long to, int limit);

  /** The highest sequence number of the entries written before {@code at}; 0 when there is none. */
  long lastBefore(Instant at);

  /** The highest sequence number so far; 0 when the log is empty. */
  long last();

  /** Appends an entry that stands for every record of the form, in the current transaction or one of its own. */
  void wholeFormChanged(String formKey);

  /** Deletes the entries written before {@code at}; returns how many. */
  int pruneBefore(Instant at);
}

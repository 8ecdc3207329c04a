package io.atrium.kernel.audit;

import io.atrium.kernel.persistence.Jdbc;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks the audit chain in id order and recomputes every hash. It reads a page of entries at a
 * time, so memory stays bounded for millions of entries. Entries appended while it runs are
 * checked next time: the walk ends at the head it read first.
 */
public final class AuditVerifier {

  /** Entries read per query. */
  static final int PAGE = 1000;

  private final Jdbc jdbc;

  /** Creates the verifier. */
  public AuditVerifier(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Why the chain is broken. */
  public enum Reason {
    /** The entry's content or hash was changed after it was written. */
    CHANGED,
    /** The entry does not follow the one before it: an entry before it was deleted (or inserted). */
    MISSING,
    /** The entry and the next one were swapped. */
    REORDERED,
    /** The last entries the chain head names are gone. */
    TRUNCATED
  }

  /**
   * The outcome.
   *
   * @param ok whether the whole chain is intact
   * @param checked how many entries were found intact (up to the first broken one)
   * @param firstBrokenId the first entry where the chain breaks, or null
   * @param reason why it breaks, or null
   * @param lastId the id of the last entry the head names (0 when the log is empty)
   * @param lastHash the head's hash: write it down to notice a rewritten chain later
   */
  public record Result(boolean ok, long checked, Long firstBrokenId, Reason reason, long lastId, String lastHash) {
  }

  /** Checks the chain from the first entry to the head. */
  public Result verify() {
    Object[] head = jdbc.queryOne("SELECT last_id, last_hash FROM atrium_audit_head WHERE id = 1",
        row -> new Object[] {row.getLong(1), row.getString(2)}).orElseThrow(
            () -> new IllegalStateException("The audit chain head (atrium_audit_head, id 1) is missing"));
    long headId = (Long) head[0];
    String headHash = (String) head[1];
    Rows rows = new Rows(headId);
    String expectedPrev = AuditHash.GENESIS;
    long checked = 0;
    long lastId = 0;
    for (AuditEntry entry = rows.next(); entry != null; entry = rows.next()) {
      if (!AuditHash.of(entry.prevHash(), entry).equals(entry.hash())) {
        return broken(checked, entry.id(), Reason.CHANGED, headId, headHash);
      }
      if (!entry.prevHash().equals(expectedPrev)) {
        AuditEntry following = rows.peek();
        boolean swapped = following != null && entry.prevHash().equals(following.hash())
            && following.prevHash().equals(expectedPrev);
        return broken(checked, entry.id(), swapped ? Reason.REORDERED : Reason.MISSING, headId, headHash);
      }
      expectedPrev = entry.hash();
      lastId = entry.id();
      checked++;
    }
    if (lastId != headId || !expectedPrev.equals(headHash)) {
      return broken(checked, headId, Reason.TRUNCATED, headId, headHash);
    }
    return new Result(true, checked, null, null, headId, headHash);
  }

  private static Result broken(long checked, long id, Reason reason, long headId, String headHash) {
    return new Result(false, checked, id, reason, headId, headHash);
  }

  /** The entries up to the head in id order, a page at a time, with a look at the next one. */
  private final class Rows {
    private final long lastId;
    private final Deque<AuditEntry> buffer = new ArrayDeque<>();
    private long after;
    private boolean exhausted;

    Rows(long lastId) {
      this.lastId = lastId;
    }

    AuditEntry next() {
      fill();
      return buffer.pollFirst();
    }

    AuditEntry peek() {
      fill();
      return buffer.peekFirst();
    }

    private void fill() {
      if (!buffer.isEmpty() || exhausted) {
        return;
      }
      List<AuditEntry> page = jdbc.query("SELECT " + AuditReader.COLUMNS + " FROM atrium_audit WHERE id > ? AND "
          + "id <= ? ORDER BY id FETCH FIRST ? ROWS ONLY", AuditReader::map, after, lastId, PAGE);
      buffer.addAll(page);
      if (page.size() < PAGE) {
        exhausted = true;
      } else {
        after = page.get(page.size() - 1).id();
      }
    }
  }
}

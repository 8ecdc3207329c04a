package io.atrium.forms.internal.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a node is in the records' change log. Sequence numbers are handed out when an entry is
 * written but become visible when its transaction commits, so a number can show up after higher
 * ones: the numbers skipped so far are kept as gaps and looked for again, until they are older than
 * the wait (a rolled-back transaction leaves a gap for good). The cursor is the highest number up
 * to which nothing is missing; the index stores it, and a restarted node applies what follows it
 * again, which is harmless since applying is idempotent.
 */
public final class ChangeCursor {

  /** Sequence numbers {@code from..to} not seen yet, first missed at {@code since}. */
  public record Gap(long from, long to, Instant since) {
  }

  private final Duration wait;
  private final TreeMap<Long, Gap> gaps = new TreeMap<>();
  private long settled;
  private long highest;

  /** Starts after {@code settled}; gaps are given up after {@code wait}. */
  public ChangeCursor(long settled, Duration wait) {
    this.settled = settled;
    this.highest = settled;
    this.wait = wait;
  }

  /** The highest sequence number up to which every entry was applied or given up. */
  public long settled() {
    return settled;
  }

  /** The highest sequence number applied. */
  public long highest() {
    return highest;
  }

  /** The gaps still looked for, lowest first. */
  public List<Gap> gaps() {
    return new ArrayList<>(gaps.values());
  }

  /** Notes that the entry {@code seq} was applied at {@code now}. */
  public void applied(long seq, Instant now) {
    if (seq > highest) {
      if (seq > highest + 1) {
        gaps.put(highest + 1, new Gap(highest + 1, seq - 1, now));
      }
      highest = seq;
    } else {
      Map.Entry<Long, Gap> around = gaps.floorEntry(seq);
      if (around != null && around.getValue().to() >= seq) {
        Gap gap = around.getValue();
        gaps.remove(gap.from());
        if (gap.from() < seq) {
          gaps.put(gap.from(), new Gap(gap.from(), seq - 1, gap.since()));
        }
        if (seq < gap.to()) {
          gaps.put(seq + 1, new Gap(seq + 1, gap.to(), gap.since()));
        }
      }
    }
  }

  /** Gives up gaps older than the wait and moves the cursor up to the first gap left; returns it. */
  public long advance(Instant now) {
    gaps.values().removeIf(gap -> gap.since().plus(wait).isBefore(now));
    settled = gaps.isEmpty() ? highest : gaps.firstKey() - 1;
    return settled;
  }
}

package io.atrium.kernel.audit;

import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.CallerContext;
import io.atrium.sdk.time.AtriumClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * The audit log in {@code atrium_audit}. Adds who (the Shiro subject, or the name the event
 * gives), from where ({@link CallerContext}) and when (the kernel clock) to each event, turns its
 * values into canonical JSON without secrets and appends it to the hash chain. Inside a
 * transaction the entries are written at its very end, as part of it, so they exist exactly when
 * the work they describe committed and the chain head stays locked only while it commits;
 * without one each entry is written and committed on its own.
 */
public final class JdbcAudit implements Audit {

  private static final Logger LOG = Logger.getLogger(JdbcAudit.class.getName());

  /** Key of the entries waiting in a transaction. */
  private static final Object PENDING = new Object() {
    @Override
    public String toString() {
      return "atrium-audit-pending";
    }
  };

  private final DataSource dataSource;
  private final EnclosingTransaction transaction;
  private final AtriumClock clock;

  /** Creates the log over the platform database. */
  public JdbcAudit(DataSource dataSource, EnclosingTransaction transaction, AtriumClock clock) {
    this.dataSource = dataSource;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void record(AuditEvent event) {
    write(entry(event, event.actorName() == null ? currentPrincipal() : null));
  }

  @Override
  public void record(AuditEvent event, AtriumPrincipal actor) {
    write(entry(event, actor));
  }

  private void write(AuditEntry entry) {
    switch (transaction.state()) {
      case ACTIVE -> transaction.<List<AuditEntry>>bound(PENDING, ArrayList::new, this::appendJoined).add(entry);
      // the entry would be rolled back with the work it describes
      case ROLLBACK_ONLY -> LOG.fine(() -> "Not recording " + entry.action() + ": the transaction rolls back");
      case NONE -> appendAlone(entry);
    }
  }

  /** Runs just before the caller's transaction commits, on a connection enlisted in it. */
  private void appendJoined(List<AuditEntry> entries) {
    try (Connection connection = dataSource.getConnection()) {
      AuditChain.append(connection, entries);
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Could not write " + entries.size() + " audit entr(ies); the transaction rolls back", e);
      throw new AuditFailedException(e);
    }
  }

  private void appendAlone(AuditEntry entry) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        AuditChain.append(connection, List.of(entry));
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new AuditFailedException(e);
    }
  }

  private AuditEntry entry(AuditEvent event, AtriumPrincipal actor) {
    CallerContext caller = CallerContext.current();
    return new AuditEntry(0, clock.now().truncatedTo(ChronoUnit.MILLIS),
        actor == null ? null : actor.userId(),
        cut(actor == null ? event.actorName() : actor.username(), 200),
        cut(caller.address(), 64), cut(caller.userAgent(), 500),
        cut(event.category(), 20), cut(event.action(), 100), cut(event.objectType(), 100), cut(event.objectId(), 200),
        cut(event.source(), 40), CanonicalJson.of(event.before()), CanonicalJson.of(event.after()), null, null);
  }

  private static AtriumPrincipal currentPrincipal() {
    // ThreadContext, not SecurityUtils: background threads have no security manager
    Subject subject = ThreadContext.getSubject();
    return subject != null && subject.getPrincipal() instanceof AtriumPrincipal principal ? principal : null;
  }

  /** Shortens a text to a column's width, never splitting a surrogate pair. */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /** The audit entry could not be written. */
  public static final class AuditFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AuditFailedException(SQLException cause) {
      super("Could not write to the audit log: " + cause.getMessage(), cause);
    }
  }
}

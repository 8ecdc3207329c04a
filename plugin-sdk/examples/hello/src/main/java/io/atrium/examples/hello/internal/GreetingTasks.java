package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.Greeting;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.portal.BulkResult;
import io.atrium.sdk.portal.Task;
import io.atrium.sdk.portal.TaskAction;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskPage;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.TaskQuery;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Greetings waiting for a personal reply are to-dos of everyone who may reply; the bulk action
 * "mark replied" answers several at once. An example of a task provider: its queries filter, order
 * and page in the database, and it answers only for the current user.
 */
@Component
public class GreetingTasks implements TaskProvider {

  /** The bulk action. */
  static final String REPLY = "reply";
  private static final String PAGE = "/hello/index.xhtml";

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final CurrentUser user;
  private final AtriumClock clock;

  /** Declarative Services injects the host services. */
  @Activate
  public GreetingTasks(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference CurrentUser user, @Reference AtriumClock clock) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.user = user;
    this.clock = clock;
  }

  @Override
  public String id() {
    return "greetings";
  }

  @Override
  public String labelKey() {
    return "hello.tasks.label";
  }

  @Override
  public TaskPage tasks(TaskQuery query) {
    Where where = where(query.box(), query);
    if (where == null) {
      return new TaskPage(List.of(), 0);
    }
    return transactions.required(() -> {
      EntityManager em = persistence.entityManager();
      long total = where.bind(em.createQuery("select count(g) from Greeting g where " + where.jpql, Long.class))
          .getSingleResult();
      List<Task> tasks = List.of();
      if (query.limit() > 0 && total > query.offset()) {
        tasks = where.bind(em.createQuery("select g from Greeting g where " + where.jpql
                + " order by g.createdAt desc, g.id desc", Greeting.class))
            .setFirstResult(query.offset())
            .setMaxResults(query.limit())
            .getResultList().stream().map(this::task).toList();
      }
      return new TaskPage(tasks, total);
    });
  }

  @Override
  public long count(TaskBox box) {
    Where where = where(box, null);
    if (where == null) {
      return 0;
    }
    return transactions.required(() -> where.bind(persistence.entityManager()
        .createQuery("select count(g) from Greeting g where " + where.jpql, Long.class)).getSingleResult());
  }

  @Override
  public List<TaskAction> bulkActions() {
    return List.of(new TaskAction(REPLY, "hello.tasks.reply", false));
  }

  @Override
  public BulkResult perform(String actionId, List<String> taskIds, String comment) {
    if (!REPLY.equals(actionId)) {
      throw new IllegalArgumentException("No bulk action " + actionId);
    }
    Locale locale = user.locale();
    Map<String, String> failed = new LinkedHashMap<>();
    if (!user.isPermitted(HelloPermissions.REPLY)) {
      taskIds.forEach(id -> failed.put(id, HelloTexts.text(locale, "hello.tasks.error.denied")));
      return new BulkResult(List.of(), failed);
    }
    String me = user.username().orElseThrow();
    List<String> done = new ArrayList<>();
    transactions.required(() -> {
      for (String id : taskIds) {
        Greeting greeting = find(id);
        if (greeting == null) {
          failed.put(id, HelloTexts.text(locale, "hello.tasks.error.gone"));
        } else if (greeting.isReplied()) {
          failed.put(id, HelloTexts.text(locale, "hello.tasks.error.replied", greeting.getRepliedBy()));
        } else {
          greeting.markReplied(me, clock.now(), comment);
          done.add(id);
        }
      }
      return null;
    });
    return new BulkResult(done, failed);
  }

  private Greeting find(String id) {
    try {
      return persistence.entityManager().find(Greeting.class, Long.valueOf(id));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Task task(Greeting greeting) {
    Locale locale = user.locale();
    String status = HelloTexts.text(locale, greeting.isReplied() ? "hello.tasks.status.replied"
        : "hello.tasks.status.waiting");
    String summary = greeting.getReplyNote() == null ? "" : greeting.getReplyNote();
    return new Task(String.valueOf(greeting.getId()), greeting.getMessage(), summary, PAGE, greeting.getAuthor(), status,
        greeting.getCreatedAt(), null);
  }

  /**
   * Which greetings a tab of the current user holds, with the query's filters: waiting ones for
   * those who may reply (to-do), the ones they answered (done), their own (started). Nothing is
   * copied to anyone (CC). Null when the tab is empty for this user.
   */
  private Where where(TaskBox box, TaskQuery query) {
    String me = user.username().orElse(null);
    if (me == null) {
      return null;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    switch (box) {
      case TODO -> {
        if (!user.isPermitted(HelloPermissions.REPLY)) {
          return null;
        }
        conditions.add("g.repliedAt is null and g.author <> :bot");
        params.put("bot", ReplyJob.BOT);
      }
      case DONE -> {
        conditions.add("g.repliedBy = :me");
        params.put("me", me);
      }
      case STARTED -> {
        conditions.add("g.author = :me");
        params.put("me", me);
      }
      default -> {
        return null;
      }
    }
    if (query != null && !query.text().isEmpty()) {
      conditions.add("lower(g.message) like :text escape '!'");
      params.put("text", GreetingServiceImpl.contains(query.text()));
    }
    if (query != null && query.from() != null) {
      conditions.add("g.createdAt >= :from");
      params.put("from", query.from().atOffset(ZoneOffset.UTC));
    }
    if (query != null && query.to() != null) {
      conditions.add("g.createdAt <= :to");
      params.put("to", query.to().atOffset(ZoneOffset.UTC));
    }
    return new Where(String.join(" and ", conditions), params);
  }

  /** A JPQL condition and its parameters; values are always bound, never written into the query. */
  private record Where(String jpql, Map<String, Object> params) {
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      params.forEach(query::setParameter);
      return query;
    }
  }
}

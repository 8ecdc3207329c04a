package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.JobName;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Answers a greeting some time after it was left: an example of a persistent scheduled job. */
@Component
@JobName(ReplyJob.NAME)
public class ReplyJob implements JobHandler {

  /** The job's name. */
  static final String NAME = "reply";
  /** Data key: who left the greeting. */
  static final String AUTHOR = "author";
  /** Data key: what the greeting said. */
  static final String MESSAGE = "message";
  /** Who signs the replies. */
  public static final String BOT = "hello-bot";

  private final GreetingService greetings;

  /** Declarative Services injects the greeting service. */
  @Activate
  public ReplyJob(@Reference GreetingService greetings) {
    this.greetings = greetings;
  }

  @Override
  public void execute(JobContext context) {
    greetings.store(reply(context.data().get(MESSAGE), context.data().get(AUTHOR)), BOT);
  }

  /** The reply to a greeting. */
  public static String reply(String message, String author) {
    String quoted = message.length() > 120 ? message.substring(0, 120) + "..." : message;
    return "Thank you for \"" + quoted + "\", " + author + "!";
  }
}

package io.atrium.kernel.notify;

import io.atrium.kernel.i18n.Message;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.notify.NotificationChannel;
import java.util.Optional;

/**
 * A channel the platform brings itself, such as e-mail. Unlike plugin channels it can say that it
 * cannot deliver at all or cannot reach a person, so such deliveries are skipped with the reason
 * instead of being retried until given up. Its {@link #labelKey()} is a key of the kernel bundle.
 */
public interface BuiltInChannel extends NotificationChannel {

  /** Why the channel cannot deliver anything right now (e.g. no mail server configured), or empty. */
  Optional<Message> unavailable();

  /** Why this person cannot be reached on the channel (e.g. no e-mail address), or empty. */
  Optional<Message> unreachable(Person person);
}

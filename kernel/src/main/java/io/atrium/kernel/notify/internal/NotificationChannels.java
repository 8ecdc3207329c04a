package io.atrium.kernel.notify.internal;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.notify.BuiltInChannel;
import io.atrium.sdk.notify.NotificationChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The channels there are: the platform's built-in ones, then those running plugins registered. A
 * channel id is unique; a plugin channel reusing a taken id is ignored (and logged once).
 */
public final class NotificationChannels {

  private static final Logger LOG = Logger.getLogger(NotificationChannels.class.getName());
  /** What a channel id looks like. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

  /**
   * A channel and who provides it.
   *
   * @param id the channel id
   * @param provider the plugin id, or {@code atrium} for a built-in channel
   * @param channel the channel
   */
  public record Ref(String id, String provider, NotificationChannel channel) {

    /** The built-in channel, if this is one. */
    public Optional<BuiltInChannel> builtIn() {
      return channel instanceof BuiltInChannel b && NotificationTexts.KERNEL.equals(provider) ? Optional.of(b)
          : Optional.empty();
    }

    /** The channel's default, false when the plugin's code throws. */
    public boolean enabledByDefault() {
      try {
        return channel.enabledByDefault();
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  private final List<BuiltInChannel> builtIns;
  private final Supplier<List<Contribution<NotificationChannel>>> plugins;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * Creates the list.
   *
   * @param builtIns the platform's channels
   * @param plugins the channels plugins registered right now
   */
  public NotificationChannels(List<BuiltInChannel> builtIns, Supplier<List<Contribution<NotificationChannel>>> plugins) {
    this.builtIns = List.copyOf(builtIns);
    this.plugins = plugins;
  }

  /** Every channel, built-in ones first, then plugin channels by plugin id. */
  public List<Ref> all() {
    List<Ref> refs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (BuiltInChannel channel : builtIns) {
      refs.add(new Ref(channel.id(), NotificationTexts.KERNEL, channel));
      ids.add(channel.id());
    }
    for (Contribution<NotificationChannel> contribution : plugins.get()) {
      String id = safeId(contribution);
      if (id == null) {
        continue;
      }
      if (!ids.add(id)) {
        if (warned.add(contribution.qualifiedName())) {
          LOG.warning(() -> "The notification channel " + contribution.qualifiedName() + " uses the id '" + id
              + "', which another channel already has; it is ignored. Give it an id of its own.");
        }
        continue;
      }
      refs.add(new Ref(id, contribution.pluginId(), contribution.service()));
    }
    return refs;
  }

  /** The channel with this id, if there is one right now. */
  public Optional<Ref> find(String id) {
    return all().stream().filter(ref -> ref.id().equals(id)).findFirst();
  }

  private String safeId(Contribution<NotificationChannel> contribution) {
    String id;
    try {
      id = contribution.service().id();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The notification channel " + contribution.qualifiedName() + " failed to tell its id", e);
      return null;
    }
    if (id == null || !ID.matcher(id).matches()) {
      if (warned.add(contribution.qualifiedName())) {
        LOG.warning(() -> "The notification channel " + contribution.qualifiedName() + " has the id '" + id
            + "'; an id has 1 to 40 lower-case letters, digits, '.', '_' or '-'. It is ignored.");
      }
      return null;
    }
    return id;
  }
}

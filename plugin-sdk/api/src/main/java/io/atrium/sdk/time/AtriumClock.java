package io.atrium.sdk.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: the current time and the company's time zone. Use it instead of
 * {@code Instant.now()} so tests can move time.
 */
@ProviderType
public interface AtriumClock {

  /** Now. */
  Instant now();

  /** The company's time zone ({@code atrium.timezone}, default the server's). */
  ZoneId zone();

  /** This clock as a {@link Clock} in the company's zone. */
  Clock asClock();
}

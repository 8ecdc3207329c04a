package io.atrium.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates, durations and sizes as the portal's pages show them, in the company's time zone. */
@Named("formats")
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final String NONE = "—";

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  /** Date and minute, e.g. {@code 2025-03-01 14:05}; a dash for none. */
  public String dateTime(Instant instant) {
    return instant == null ? NONE : DATE_TIME.format(instant.atZone(kernel.clock().zone()));
  }

  /** The date only; a dash for none. */
  public String date(Instant instant) {
    return instant == null ? NONE : DATE.format(instant.atZone(kernel.clock().zone()));
  }

  /** A duration in days, hours and minutes, in the user's language. */
  public String duration(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    return messages.text("format.duration", minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
  }

  /** Bytes as mebibytes, e.g. {@code 312 MB}. */
  public String megabytes(long bytes) {
    return (bytes >> 20) + " MB";
  }
}

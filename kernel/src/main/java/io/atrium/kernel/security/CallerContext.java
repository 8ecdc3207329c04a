package io.atrium.kernel.security;

import java.util.Locale;

/**
 * Facts about the current request that the kernel cannot read from the subject: the client's
 * address and browser, and the language the user reads. The web application sets it for each
 * request and clears it afterwards; background threads have the defaults.
 */
public final class CallerContext {

  /** The language of users who chose none. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private static final ThreadLocal<CallerContext> CURRENT = new ThreadLocal<>();
  private static final CallerContext BACKGROUND = new CallerContext(null, null, DEFAULT_LOCALE);

  private final String address;
  private final String userAgent;
  private final Locale locale;

  /** Creates a context. */
  public CallerContext(String address, String userAgent, Locale locale) {
    this.address = address;
    this.userAgent = userAgent;
    this.locale = locale == null ? DEFAULT_LOCALE : locale;
  }

  /** Binds a context to the calling thread. */
  public static void set(CallerContext context) {
    CURRENT.set(context);
  }

  /** Unbinds the calling thread's context. */
  public static void clear() {
    CURRENT.remove();
  }

  /** The calling thread's context, or the background one. */
  public static CallerContext current() {
    CallerContext context = CURRENT.get();
    return context == null ? BACKGROUND : context;
  }

  /** The client's address, or null on background threads. */
  public String address() {
    return address;
  }

  /** The client's User-Agent header, or null. */
  public String userAgent() {
    return userAgent;
  }

  /** The language the caller reads. */
  public Locale locale() {
    return locale;
  }
}

package io.atrium.web.servlet;

import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.CallerContext;
import io.atrium.web.portal.PortalLocale;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/**
 * Tells the kernel who is calling from where for the length of a request ({@link CallerContext}:
 * client address, browser, language) and forgets it afterwards. The language is the one chosen in
 * this session (session attribute {@value PortalLocale#SESSION_ATTRIBUTE}), else the user's stored
 * one (remembered in the session from then on), else Chinese. Runs after the Shiro filter, so the
 * subject is known. REST calls have no session: their user's stored language is remembered here
 * for {@link #STORED_LOCALE_TTL}, so a call does not read the user's row.
 */
public class CallerContextFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CallerContextFilter.class.getName());

  /** How long a user's stored language is reused for calls without a session. */
  static final Duration STORED_LOCALE_TTL = Duration.ofSeconds(30);
  /** Most users whose language is remembered; past it the memory starts over. */
  private static final int MAX_REMEMBERED = 10_000;

  private record StoredLocale(Optional<Locale> locale, Instant readAt) {
  }

  private final transient Map<Long, StoredLocale> storedLocales = new ConcurrentHashMap<>();
  private transient volatile IdentityStore identities;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // a forward or an error page runs inside the outer request: put its context back afterwards
    CallerContext outer = CallerContext.current();
    boolean nested = outer.address() != null;
    CallerContext.set(new CallerContext(request.getRemoteAddr(), request.getHeader("User-Agent"), locale(request)));
    try {
      chain.doFilter(request, response);
    } finally {
      if (nested) {
        CallerContext.set(outer);
      } else {
        CallerContext.clear();
      }
    }
  }

  private Locale locale(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(PortalLocale.SESSION_ATTRIBUTE) instanceof Locale chosen) {
      return chosen;
    }
    Optional<AtriumPrincipal> user = signedIn();
    if (user.isEmpty()) {
      return CallerContext.DEFAULT_LOCALE;
    }
    Locale stored = (session == null ? rememberedLocale(user.get()) : storedLocale(user.get()))
        .orElse(CallerContext.DEFAULT_LOCALE);
    if (session != null) {
      // read once per session: from now on this is the session's language
      session.setAttribute(PortalLocale.SESSION_ATTRIBUTE, stored);
    }
    return stored;
  }

  private static Optional<AtriumPrincipal> signedIn() {
    Object principal;
    try {
      Subject subject = SecurityUtils.getSubject();
      principal = subject.getPrincipal();
    } catch (UnavailableSecurityManagerException e) {
      return Optional.empty();
    }
    return principal instanceof AtriumPrincipal user ? Optional.of(user) : Optional.empty();
  }

  /** The user's stored language as read lately, or read now. */
  private Optional<Locale> rememberedLocale(AtriumPrincipal user) {
    Instant now = Instant.now();
    StoredLocale known = storedLocales.get(user.userId());
    if (known != null && known.readAt().plus(STORED_LOCALE_TTL).isAfter(now)) {
      return known.locale();
    }
    Optional<Locale> locale = storedLocale(user);
    if (storedLocales.size() >= MAX_REMEMBERED) {
      storedLocales.clear();
    }
    storedLocales.put(user.userId(), new StoredLocale(locale, now));
    return locale;
  }

  /** The language the user chose in their profile, if any. */
  private Optional<Locale> storedLocale(AtriumPrincipal user) {
    try {
      IdentityStore store = identities;
      if (store == null) {
        store = CDI.current().select(IdentityStore.class).get();
        identities = store;
      }
      return store.user(user.userId()).map(UserRecord::locale)
          .filter(tag -> !tag.isBlank()).map(tag -> PortalLocale.supported(Locale.forLanguageTag(tag)));
    } catch (RuntimeException e) {
      // the kernel is still starting or the database is away: the default language will do
      LOG.log(Level.FINE, "Cannot read the stored language of user " + user.userId(), e);
      return Optional.empty();
    }
  }
}

package io.atrium.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language a user chose; Chinese by default, English on request. The choice is also kept in
 * the HTTP session attribute {@value #SESSION_ATTRIBUTE} (a {@link Locale}), where servlet filters
 * read it.
 */
@Named("portalLocale")
@SessionScoped
public class PortalLocale implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The session attribute holding the language of the session as a {@link Locale}. */
  public static final String SESSION_ATTRIBUTE = "atrium.locale";

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /**
   * The current locale: the session's (chosen here, or the user's stored language that the
   * {@code CallerContextFilter} put there at the first request after sign-in), else Chinese.
   */
  public Locale getLocale() {
    HttpSession session = session(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale known) {
      return supported(known);
    }
    return locale;
  }

  /** The language tag of the current locale, e.g. {@code zh-CN}. */
  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  /** Whether the portal shows English. */
  public boolean isEnglish() {
    return "en".equals(getLocale().getLanguage());
  }

  /** Switches to {@code zh_CN} or {@code en}; anything else is ignored. */
  public void switchTo(String tag) {
    Locale requested = "en".equals(tag) ? Locale.ENGLISH : "zh_CN".equals(tag) ? Locale.SIMPLIFIED_CHINESE : null;
    if (requested != null) {
      locale = requested;
      HttpSession session = session(true);
      if (session != null) {
        session.setAttribute(SESSION_ATTRIBUTE, requested);
      }
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null && context.getViewRoot() != null) {
        context.getViewRoot().setLocale(requested);
      }
    }
  }

  /** The portal's language closest to a locale: English for English, Chinese for everything else. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  private static HttpSession session(boolean create) {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? null : (HttpSession) context.getExternalContext().getSession(create);
  }
}

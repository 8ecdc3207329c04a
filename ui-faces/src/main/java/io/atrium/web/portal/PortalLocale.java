package io.atrium.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language a user chose; Chinese by default, English on request. */
@Named("portalLocale")
@SessionScoped
public class PortalLocale implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /** The current locale. */
  public Locale getLocale() {
    return locale;
  }

  /** The language tag of the current locale, e.g. {@code zh-CN}. */
  public String getLanguageTag() {
    return locale.toLanguageTag();
  }

  /** Switches to {@code zh_CN} or {@code en}; anything else is ignored. */
  public void switchTo(String tag) {
    Locale requested = "en".equals(tag) ? Locale.ENGLISH : "zh_CN".equals(tag) ? Locale.SIMPLIFIED_CHINESE : null;
    if (requested != null) {
      locale = requested;
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null && context.getViewRoot() != null) {
        context.getViewRoot().setLocale(requested);
      }
    }
  }
}

package io.atrium.web.portal;

import io.atrium.kernel.security.AtriumPrincipal;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.shiro.SecurityUtils;

/** The signed-in user of the current request, for the portal's beans. */
final class SignedIn {

  private SignedIn() {
  }

  /** The user's id, or empty for anonymous requests. */
  static OptionalLong userId() {
    Object principal = SecurityUtils.getSubject().getPrincipal();
    return principal instanceof AtriumPrincipal user ? OptionalLong.of(user.userId()) : OptionalLong.empty();
  }

  /** The language the page is shown in. */
  static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale()
        : Locale.SIMPLIFIED_CHINESE;
  }
}

package io.atrium.web.portal;

import io.atrium.kernel.security.internal.AtriumFormAuthenticationFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** What the login page shows besides the form: until when sign-in is locked. */
@Named("loginPage")
@RequestScoped
public class LoginPage {

  @jakarta.inject.Inject
  io.atrium.kernel.time.KernelClock clock;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The end of the lockout in the company's time zone, or empty. */
  public String getLockedUntil() {
    Object until = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
        .get(AtriumFormAuthenticationFilter.LOCKED_UNTIL);
    return until instanceof Instant instant ? TIME.format(instant.atZone(clock.zone())) : "";
  }
}

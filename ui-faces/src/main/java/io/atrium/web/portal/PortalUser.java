package io.atrium.web.portal;

import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

/** The signed-in user, for the top bar. */
@Named("portalUser")
@RequestScoped
public class PortalUser {

  @Inject
  AccountStore accounts;

  /** The display name, or the login name. */
  public String getDisplayName() {
    Object principal = SecurityUtils.getSubject().getPrincipal();
    if (principal instanceof AtriumPrincipal user) {
      return accounts.findById(user.userId()).map(a -> a.displayName()).orElse(user.username());
    }
    return "";
  }
}

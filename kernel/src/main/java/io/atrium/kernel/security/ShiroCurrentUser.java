package io.atrium.kernel.security;

import io.atrium.sdk.security.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/** {@link CurrentUser} from the Shiro subject bound to the calling thread; background threads have none. */
public final class ShiroCurrentUser implements CurrentUser {

  @Override
  public Optional<String> username() {
    Subject subject = ThreadContext.getSubject();
    if (subject == null || subject.getPrincipal() == null) {
      return Optional.empty();
    }
    return Optional.of(subject.getPrincipal().toString());
  }

  @Override
  public Optional<Long> userId() {
    Subject subject = ThreadContext.getSubject();
    if (subject != null && subject.getPrincipal() instanceof AtriumPrincipal principal) {
      return Optional.of(principal.userId());
    }
    return Optional.empty();
  }

  @Override
  public Locale locale() {
    return CallerContext.current().locale();
  }

  @Override
  public boolean isPermitted(String permission) {
    Subject subject = ThreadContext.getSubject();
    return subject != null && subject.getPrincipal() != null && subject.isPermitted(permission);
  }
}

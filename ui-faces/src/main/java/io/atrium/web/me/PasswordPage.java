package io.atrium.web.me;

import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.security.Account;
import io.atrium.kernel.security.Passwords;
import io.atrium.web.page.Formats;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.MySessionKey;
import io.atrium.web.page.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Changing one's own password: the current one, the new one twice. On success every other
 * signed-in session of the user ends; this one stays. Wrong current passwords count as failed
 * sign-ins, so the form cannot be used to guess. Users whose password the company directory
 * keeps are told so instead.
 */
@Named("passwordPage")
@ViewScoped
public class PasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String CURRENT = "passwordForm:current";
  private static final String NEW = "passwordForm:newPassword";
  private static final String REPEAT = "passwordForm:repeat";

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  @Inject
  Formats formats;

  private boolean managedByDirectory;
  private String current;
  private String newPassword;
  private String repeat;

  @PostConstruct
  void load() {
    managedByDirectory = kernel.accounts().findById(Guard.principal().userId()).map(a -> a.passwordHash() == null)
        .orElse(true);
  }

  /** Changes the password and ends the user's other sessions. */
  public void change() {
    long userId = Guard.principal().userId();
    Account account = kernel.accounts().findById(userId).orElseThrow();
    if (account.passwordHash() == null) {
      managedByDirectory = true;
      messages.error("me.password.directory");
      return;
    }
    String address = address();
    Optional<Instant> locked = kernel.loginGuard().lockedUntil(account.username(), address);
    if (locked.isPresent()) {
      messages.fieldError(CURRENT, messages.text("me.password.locked", formats.dateTime(locked.get())));
      return;
    }
    if (current == null || !Passwords.matches(current, account.passwordHash())) {
      kernel.loginGuard().failed(account.username(), address);
      messages.fieldError(CURRENT, messages.text(Message.of("password.wrong")));
      return;
    }
    String weakness = Passwords.weakness(newPassword, account.username());
    if (weakness != null) {
      messages.fieldError(NEW, messages.text(Message.of(weakness, Passwords.MIN_LENGTH,
          Passwords.MAX_LENGTH)));
      return;
    }
    if (!newPassword.equals(repeat)) {
      messages.fieldError(REPEAT, messages.text("me.password.mismatch"));
      return;
    }
    kernel.identities().setPassword(userId, Passwords.hash(newPassword), kernel.clock().now());
    int ended = kernel.sessions().endAllOf(userId, MySessionKey.current());
    kernel.audit().record(AuditEvent.admin("user.password.change", "user", userId, Map.of(),
        Map.of("password", "changed", "sessionsEnded", ended)));
    current = null;
    newPassword = null;
    repeat = null;
    messages.info("me.password.changed", ended);
  }

  private static String address() {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
  }

  /** Whether the company directory keeps the password (no Atrium password to change). */
  public boolean isManagedByDirectory() {
    return managedByDirectory;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}

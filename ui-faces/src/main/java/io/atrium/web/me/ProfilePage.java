package io.atrium.web.me;

import io.atrium.kernel.identity.UserInput;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.portal.PortalLocale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The signed-in user's profile: what the organisation knows, and their e-mail, mobile and language. */
@Named("profilePage")
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("email", "profileForm:email", "mobile",
      "profileForm:mobile", "locale", "profileForm:locale");

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  @Inject
  PortalLocale portalLocale;

  private String username;
  private String displayName;
  private String department;
  private String position;
  private List<String> roles;
  private String email;
  private String mobile;
  private String locale;

  @PostConstruct
  void load() {
    UserRecord user = kernel.identities().user(Guard.principal().userId()).orElseThrow();
    username = user.username();
    displayName = user.displayName();
    department = user.departmentId() == null ? null : kernel.directory().tree().path(user.departmentId());
    position = user.position();
    roles = List.copyOf(kernel.policies().policy(user.id()).roleNames());
    email = user.email();
    mobile = user.mobile();
    locale = user.locale();
  }

  /** Saves e-mail, mobile number and language; the portal switches to the language chosen. */
  public void save() {
    long userId = Guard.principal().userId();
    try {
      kernel.orgAdmin().updateUser(userId, null, new UserInput(null, null, text(email), text(mobile), null, null,
          null, null, text(locale), null));
      if ("zh-CN".equals(locale)) {
        portalLocale.switchTo("zh_CN");
      } else if ("en".equals(locale)) {
        portalLocale.switchTo("en");
      }
      messages.info("me.profile.saved");
    } catch (RuntimeException e) {
      messages.showOrThrow(e, FIELDS);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The main department's path, or null. */
  public String getDepartment() {
    return department;
  }

  public String getPosition() {
    return position;
  }

  /** The roles held, directly or through groups. */
  public List<String> getRoles() {
    return roles;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  /** The preferred language tag, or empty for the default. */
  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}

package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.PublishedForm;
import io.atrium.sdk.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the controllers need from the current Faces request. */
final class Pages {

  /** Form keys as the schema allows them; anything else in a URL is not a form. */
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private Pages() {
  }

  /** A request parameter, or null. */
  static String param(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(name);
  }

  /** The form key of the request, or null when it is missing or not a key. */
  static String formKey() {
    String key = param("form");
    return key != null && KEY.matcher(key).matches() ? key : null;
  }

  /** A numeric request parameter, or null. */
  static Long longParam(String name) {
    String text = param(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A text of the plugin in the caller's language ({@code CurrentUser.locale()}, the portal's
   * choice for the session; the view root's locale is not set yet while a view action runs).
   */
  static String text(Locale locale, String key, Object... args) {
    return PageTexts.text(locale, key, args);
  }

  /** Shows a message at the top of the page (or at a component, when clientId is not null). */
  static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /**
   * The published form a page works on once the caller has {@code forms:<key>:<action>}; else
   * empty, and the request ended with 404 (no key, or no published form) or 403 (no permission).
   */
  static Optional<PublishedForm> permittedForm(FormCatalog catalog, CurrentUser user, String key, String action) {
    Optional<PublishedForm> published = key == null ? Optional.empty() : catalog.published(key);
    if (published.isEmpty()) {
      fail(404);
      return Optional.empty();
    }
    if (!user.isPermitted(FormPermissions.of(key, action))) {
      fail(403);
      return Optional.empty();
    }
    return published;
  }

  /** Ends the request with an HTTP error, as the portal's filter does for views. */
  static void fail(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the browser to another page of the plugin, e.g. {@code designer.xhtml?form=x}. */
  static void redirect(String page) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/forms/" + page);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

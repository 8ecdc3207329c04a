package io.atrium.kernel.rest;

import io.atrium.kernel.notify.NotificationService;
import io.atrium.kernel.notify.PreferenceSetting;
import io.atrium.kernel.notify.PreferencesView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's choice of channels per notification category. */
@Path("v1/me/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's notifications, and channel deliveries for administrators")
public class NotificationPreferenceResource {

  /** New choices: they replace all stored ones. */
  public record PreferencesUpdate(List<PreferenceSetting> settings) {
  }

  @Inject
  NotificationService notifications;

  @Context
  HttpHeaders headers;

  @GET
  @Authenticated
  @Operation(summary = "Shows the channels, the caller's categories, their stored choices and what is in effect "
      + "for every channel and category")
  public PreferencesView get() {
    long userId = TokenResource.caller().userId();
    return notifications.preferences(userId, locale(headers, notifications, userId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "Replaces the caller's choices: {\"settings\": [{\"channel\": \"email\", \"category\": \"*\", "
      + "\"enabled\": false}]}; a category's own choice wins over '*', '*' over the channel's default")
  @APIResponse(responseCode = "200", description = "saved; the preferences as they are now")
  @APIResponse(responseCode = "422", description = "unknown channels or malformed categories, each named")
  public PreferencesView put(PreferencesUpdate update) {
    long userId = TokenResource.caller().userId();
    List<PreferenceSetting> settings = update == null || update.settings() == null ? List.of()
        : new ArrayList<>(update.settings());
    notifications.savePreferences(userId, settings);
    return notifications.preferences(userId, locale(headers, notifications, userId));
  }

  /** The language of names in answers: the one asked for (Chinese or English), else the caller's own. */
  static Locale locale(HttpHeaders headers, NotificationService notifications, long userId) {
    if (headers != null) {
      for (Locale locale : headers.getAcceptableLanguages()) {
        if ("zh".equals(locale.getLanguage())) {
          return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(locale.getLanguage())) {
          return Locale.ENGLISH;
        }
      }
    }
    return notifications.localeOf(userId);
  }
}

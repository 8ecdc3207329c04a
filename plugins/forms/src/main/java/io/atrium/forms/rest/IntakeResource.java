package io.atrium.forms.rest;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.IntakeRefusedException;
import io.atrium.forms.Intakes;
import io.atrium.forms.PublicForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.rest.PublicAccess;
import io.atrium.sdk.rest.RestResource;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/forms-intake/<slug>}: the public intake page of a form, for anonymous visitors.
 * The page is server-rendered HTML that works without scripts; a JSON variant of the same two
 * calls serves a website's own form. Everything here is {@code @PublicAccess}, so the kernel limits
 * calls per address; the token and honeypot are checked by {@link Intakes}.
 */
@Component(service = RestResource.class)
public class IntakeResource implements RestResource {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  private final Intakes intakes;

  /** Declarative Services injects the intake service. */
  @Activate
  public IntakeResource(@Reference Intakes intakes) {
    this.intakes = intakes;
  }

  @Override
  public String path() {
    return "forms-intake";
  }

  /** The page with the form. */
  @GET
  @Path("{slug}")
  @Produces(MediaType.TEXT_HTML)
  @PublicAccess
  public Response page(@PathParam("slug") String slug, @Context HttpHeaders headers) {
    Locale locale = locale(headers);
    return intakes.open(slug, locale).map(form -> html(200, IntakePageHtml.form(form, locale, Map.of(), Map.of())))
        .orElseGet(() -> notFound(locale));
  }

  /** The public fields and a fresh token, for a website that builds its own form. */
  @GET
  @Path("{slug}")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicAccess
  public Response describe(@PathParam("slug") String slug, @Context HttpHeaders headers) {
    Locale locale = locale(headers);
    Optional<PublicForm> open = intakes.open(slug, locale);
    if (open.isEmpty()) {
      return JsonBodies.problem(404, "Not Found", FormsTexts.text(locale, "forms.intake.notFound"));
    }
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    for (FieldDefinition field : open.get().fields()) {
      JsonArrayBuilder options = JSON.createArrayBuilder();
      if (field.options() != null) {
        field.options().forEach(o -> options.add(JSON.createObjectBuilder().add("value", o.value())
            .add("label", o.label().in(locale))));
      }
      fields.add(JSON.createObjectBuilder().add("name", field.name()).add("type", field.type().jsonName())
          .add("label", field.label(locale)).add("required", field.required()).add("options", options));
    }
    String body = JSON.createObjectBuilder().add("name", open.get().schema().name(locale)).add("fields", fields)
        .add("token", open.get().token()).add("honeypot", IntakePageHtml.HONEYPOT).build().toString();
    return Response.ok(body, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
  }

  /** A submit of the page's HTML form. */
  @POST
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @PublicAccess
  public Response submitForm(@PathParam("slug") String slug, MultivaluedMap<String, String> form,
      @Context HttpHeaders headers, @Context HttpServletRequest request) {
    Locale locale = locale(headers);
    Map<String, List<String>> typed = new LinkedHashMap<>();
    form.forEach((name, values) -> {
      if (name.startsWith(IntakePageHtml.FIELD)) {
        List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (!given.isEmpty()) {
          typed.put(name.substring(IntakePageHtml.FIELD.length()), given);
        }
      }
    });
    Optional<PublicForm> open = intakes.open(slug, locale);
    if (open.isEmpty()) {
      return notFound(locale);
    }
    // the page sends only the fields it shows; anything else a hand-made post adds is dropped
    typed.keySet().removeIf(name -> !open.get().shows(name));
    Map<String, Object> values = new LinkedHashMap<>();
    typed.forEach((name, given) -> {
      boolean many = open.get().fields().stream().anyMatch(f -> f.name().equals(name) && f.type().alwaysMultiple());
      values.put(name, many ? given : given.get(0));
    });
    String title = open.get().schema().name(locale);
    try {
      intakes.submit(slug, values, form.getFirst(IntakePageHtml.TOKEN), form.getFirst(IntakePageHtml.HONEYPOT),
          address(request), locale);
      return html(200, IntakePageHtml.thanks(title, open.get().thankYou(), locale));
    } catch (IntakeRefusedException e) {
      // a fresh page (new token) with the values kept, and why
      return html(400, IntakePageHtml.form(open.get(), locale, typed, Map.of("", FormsTexts.text(locale,
          e.getMessage()))));
    } catch (RecordValidationException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem problem : e.problems()) {
        String field = problem.field().replaceAll("[\\[.].*$", "");
        errors.merge(open.get().shows(field) ? field : "", problem.message(), (a, b) -> a + " " + b);
      }
      return html(422, IntakePageHtml.form(open.get(), locale, typed, errors));
    } catch (FormNotFoundException e) {
      return notFound(locale);
    }
  }

  /**
   * A JSON submit: {@code {"values": {...}, "token": "...", "website": ""}}; the token comes from
   * the JSON {@code GET}. Success and a filled honeypot answer alike.
   */
  @POST
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @PublicAccess
  public Response submitJson(@PathParam("slug") String slug, String body, @Context HttpHeaders headers,
      @Context HttpServletRequest request) {
    Locale locale = locale(headers);
    JsonObject json = object(body, locale);
    if (json == null) {
      return JsonBodies.problem(400, "Bad Request", FormsTexts.text(locale, "forms.intake.badJson"));
    }
    JsonValue values = json.get("values");
    Map<String, Object> given = values != null && values.getValueType() == JsonValue.ValueType.OBJECT
        ? JsonValues.fromJson(values.asJsonObject()) : Map.of();
    try {
      intakes.submit(slug, given, text(json, "token"), text(json, IntakePageHtml.HONEYPOT), address(request), locale);
      String thankYou = intakes.open(slug, locale).map(PublicForm::thankYou).orElse(null);
      return Response.ok(JSON.createObjectBuilder().add("status", "received").add("message", thankYou != null
          ? thankYou : FormsTexts.text(locale, "forms.intake.page.thanks")).build().toString(),
          MediaType.APPLICATION_JSON).build();
    } catch (IntakeRefusedException e) {
      return JsonBodies.problem(400, "Bad Request", FormsTexts.text(locale, e.getMessage()));
    } catch (FormNotFoundException e) {
      return JsonBodies.problem(404, "Not Found", FormsTexts.text(locale, "forms.intake.notFound"));
    }
  }

  /** The visitor's language: Chinese unless their browser prefers English. */
  static Locale locale(HttpHeaders headers) {
    List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
    for (Locale candidate : wanted) {
      if ("zh".equals(candidate.getLanguage())) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if ("en".equals(candidate.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  private static String address(HttpServletRequest request) {
    return request == null ? null : request.getRemoteAddr();
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : null;
  }

  private static JsonObject object(String body, Locale locale) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException e) {
      return null;
    }
  }

  private static Response notFound(Locale locale) {
    return html(404, IntakePageHtml.message(FormsTexts.text(locale, "forms.intake.page.notFoundTitle"),
        FormsTexts.text(locale, "forms.intake.notFound"), locale));
  }

  private static Response html(int status, String page) {
    return Response.status(status).type(HTML).header("Cache-Control", "no-store").entity(page).build();
  }

}

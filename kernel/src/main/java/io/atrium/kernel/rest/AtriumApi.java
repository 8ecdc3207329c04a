package io.atrium.kernel.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}. Every call needs an API token or basic credentials. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info = @Info(title = "Atrium REST API", version = "1",
        description = "Administration and integration API of Atrium. Authenticate with an API token "
            + "(Authorization: Bearer atr_...) or HTTP basic credentials."),
    security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AtriumApi extends Application {

  @Override
  public java.util.Map<String, Object> getProperties() {
    // no generated WADL description: /openapi documents the API, and every resource must be permission-checked
    return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

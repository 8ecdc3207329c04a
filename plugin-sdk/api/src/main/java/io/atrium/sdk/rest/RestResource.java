package io.atrium.sdk.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's REST endpoints: register the implementing object as a service; its Jakarta REST
 * annotated methods answer under {@code /api/v1/<path()>} while the plugin is started, and the
 * path answers 404 while it is not. The object is shared by all requests, so keep it stateless.
 * Jakarta REST reads its class's annotations when a request arrives: a {@code @Path} on the class
 * is ignored, and fields are not injected ({@code @Context} values come as method parameters).
 */
@ConsumerType
public interface RestResource {

  /**
   * The first path segment, e.g. {@code forms}: the plugin id, or the plugin id followed by
   * {@code -} and more letters. A path the kernel or another plugin already serves is refused and
   * logged.
   */
  String path();
}

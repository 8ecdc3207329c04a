package io.atrium.kernel.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST resource method needs. Every resource method carries it (or {@link
 * Authenticated}), and a request filter checks it on the server before the method runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

  /** The permission, e.g. {@code atrium:plugins:manage}. */
  String value();
}

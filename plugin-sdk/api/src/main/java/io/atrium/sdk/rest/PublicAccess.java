package io.atrium.sdk.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A plugin's REST method anyone may reach without signing in, such as a public intake page. The
 * kernel lets anonymous calls through only to methods carrying it (never to a whole class) and
 * limits them per client address and method; over the limit a caller gets 429 with
 * {@code Retry-After}. The method checks everything else itself: treat every input as hostile.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicAccess {
}

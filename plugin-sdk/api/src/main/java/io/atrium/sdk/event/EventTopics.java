package io.atrium.sdk.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type: the topics a listener component subscribes to; becomes the service
 * property {@code atrium.event.topics}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EventTopics {

  /** Prefix of the generated service property name. */
  String PREFIX_ = "atrium.";

  /** Service property holding the topics. */
  String PROPERTY = "atrium.event.topics";

  /** Topics, e.g. {@code forms/record/created} or {@code forms/record/*}. */
  String[] value();
}

package io.atrium.sdk.scheduler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component property type: the name of the job a {@link JobHandler} runs ({@code atrium.job.name}). */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JobName {

  /** Prefix of the generated service property name. */
  String PREFIX_ = "atrium.";

  /** Service property holding the name. */
  String PROPERTY = "atrium.job.name";

  /** Job name, unique within the plugin. */
  String value();
}

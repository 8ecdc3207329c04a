package io.atrium.sdk.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a view controller: views reach it as {@code #{name}}. The component
 * must have prototype service scope so every request, view or session gets its own instance:
 *
 * <pre>{@code
 * @Component(service = GreetingsController.class, scope = ServiceScope.PROTOTYPE)
 * @Controller(name = "greetings", scope = ControllerScope.VIEW)
 * public class GreetingsController { ... }
 * }</pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Controller {

  /** Prefix of the generated service property names. */
  String PREFIX_ = "atrium.controller.";

  /** Service property holding the name. */
  String NAME_PROPERTY = "atrium.controller.name";

  /** Service property holding the scope. */
  String SCOPE_PROPERTY = "atrium.controller.scope";

  /** EL name; unique across plugins, so start it with the plugin id. */
  String name();

  /** Lifetime of one instance. */
  ControllerScope scope() default ControllerScope.VIEW;
}

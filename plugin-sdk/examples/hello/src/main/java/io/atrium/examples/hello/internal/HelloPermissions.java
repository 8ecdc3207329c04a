package io.atrium.examples.hello.internal;

import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.security.PermissionDefinition;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The permissions of the hello plugin. */
@Component
public class HelloPermissions implements PermissionContribution {

  /** See and add greetings. */
  static final String VIEW = "hello:greeting:view";
  /** Answer greetings: they are this user's to-dos. */
  static final String REPLY = "hello:greeting:reply";

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(PermissionDefinition.of(VIEW, "hello.permission.view"),
        PermissionDefinition.of(REPLY, "hello.permission.reply"));
  }
}

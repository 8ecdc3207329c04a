package io.atrium.web.page;

import io.atrium.kernel.identity.UserQuery;
import io.atrium.sdk.identity.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Suggestions for the people pickers: active people whose name, login, e-mail or mobile match. */
@Named("peoplePicker")
@ApplicationScoped
public class PeoplePicker {

  private static final int SUGGESTIONS = 15;

  @Inject
  KernelServices kernel;

  /** The first people matching the typed text. */
  public List<PersonOption> complete(String text) {
    UserQuery query = new UserQuery(text, null, false, UserStatus.ACTIVE, 0, SUGGESTIONS);
    return kernel.identities().users(query, null).stream().map(PersonOption::of).toList();
  }
}

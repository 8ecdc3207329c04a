package io.atrium.workflows.ui;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import java.util.List;
import java.util.Optional;

/** Finds the person an approver typed for a transfer or an added signer: a login name, else one exact display name. */
final class PersonLookup {

  private final Directory directory;

  PersonLookup(Directory directory) {
    this.directory = directory;
  }

  /** The one active person meant, or empty when the text names nobody or several people. */
  Optional<Person> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip();
    Optional<Person> byLogin = directory.personByUsername(wanted).filter(Person::active);
    if (byLogin.isPresent()) {
      return byLogin;
    }
    List<Person> named = directory.peopleNamed(wanted).stream().filter(Person::active).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }
}

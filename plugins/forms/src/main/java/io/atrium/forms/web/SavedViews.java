package io.atrium.forms.web;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The signed-in user's saved views of records lists, in the plugin's table {@code forms_saved_view}. */
@Component(service = SavedViews.class)
public class SavedViews {

  /** The most views a user keeps per form. */
  static final int MAX_PER_FORM = 50;

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final CurrentUser user;
  private final AtriumClock clock;

  /** Declarative Services injects the host services. */
  @Activate
  public SavedViews(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference CurrentUser user, @Reference AtriumClock clock) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.user = user;
    this.clock = clock;
  }

  /** The caller's views of a form, by name; none for anonymous callers. */
  public List<SavedView> of(String formKey) {
    Optional<String> owner = user.username();
    if (owner.isEmpty()) {
      return List.of();
    }
    return transactions.required(() -> persistence.entityManager()
        .createQuery("select v from SavedView v where v.formKey = :form and v.owner = :owner order by v.name",
            SavedView.class)
        .setParameter("form", formKey)
        .setParameter("owner", owner.get())
        .getResultList());
  }

  /**
   * Saves a view under a name, replacing the caller's view of that name.
   *
   * @throws IllegalArgumentException with a message key when the name is blank or too long, or the caller has too many
   */
  public SavedView save(String formKey, String name, String state) {
    String owner = user.username().orElseThrow(() -> new IllegalStateException("Saving a view needs a signed-in user"));
    String plain = name == null ? "" : name.strip();
    if (plain.isEmpty() || plain.length() > 100) {
      throw new IllegalArgumentException("forms.ui.views.name.invalid");
    }
    return transactions.required(() -> {
      List<SavedView> existing = of(formKey);
      for (SavedView view : existing) {
        if (view.getName().equals(plain)) {
          view.update(state, clock.now());
          return view;
        }
      }
      if (existing.size() >= MAX_PER_FORM) {
        throw new IllegalArgumentException("forms.ui.views.too-many");
      }
      SavedView view = new SavedView(formKey, owner, plain, state, clock.now());
      persistence.entityManager().persist(view);
      return view;
    });
  }

  /** A view of the caller by id. */
  public Optional<SavedView> find(long id) {
    Optional<String> owner = user.username();
    return transactions.required(() -> Optional.ofNullable(persistence.entityManager().find(SavedView.class, id))
        .filter(v -> owner.isPresent() && v.getOwner().equals(owner.get())));
  }

  /** Deletes a view of the caller; false when there is no such view of theirs. */
  public boolean delete(long id) {
    Optional<String> owner = user.username();
    return transactions.required(() -> {
      SavedView view = persistence.entityManager().find(SavedView.class, id);
      if (view == null || owner.isEmpty() || !view.getOwner().equals(owner.get())) {
        return false;
      }
      persistence.entityManager().remove(view);
      return true;
    });
  }
}

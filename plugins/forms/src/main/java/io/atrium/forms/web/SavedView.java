package io.atrium.forms.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A user's named view of a form's records list: columns, sort, filters and quick search. */
@Entity
@Table(name = "saved_view")
public class SavedView {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "form_key", nullable = false, length = 40)
  private String formKey;

  @Column(name = "owner", nullable = false, length = 100)
  private String owner;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  /** For JPA. */
  protected SavedView() {
  }

  /** A view of a user for a form; {@code state} is the list's state as properties text. */
  public SavedView(String formKey, String owner, String name, String state, Instant savedAt) {
    this.formKey = formKey;
    this.owner = owner;
    this.name = name;
    this.state = state;
    this.savedAt = savedAt.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getFormKey() {
    return formKey;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getState() {
    return state;
  }

  /** Replaces the state of a view saved again under its name. */
  void update(String newState, Instant at) {
    this.state = newState;
    this.savedAt = at.atOffset(ZoneOffset.UTC);
  }
}

package io.atrium.sdk.testkit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The note of the test migrations, as an entity. */
@Entity
@Table(name = "note")
public class KitNote {

  @Id
  private long id;

  private String text;

  protected KitNote() {
  }

  KitNote(long id, String text) {
    this.id = id;
    this.text = text;
  }

  String text() {
    return text;
  }
}

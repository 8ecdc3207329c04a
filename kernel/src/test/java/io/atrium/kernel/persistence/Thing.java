package io.atrium.kernel.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A plugin-style entity: its table is named without prefix; the kernel adds the plugin's. */
@Entity
@Table(name = "thing")
public class Thing {

  @Id
  private Long id;

  @Column(name = "label", nullable = false)
  private String label;

  public Thing() {
  }

  public Thing(Long id, String label) {
    this.id = id;
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}

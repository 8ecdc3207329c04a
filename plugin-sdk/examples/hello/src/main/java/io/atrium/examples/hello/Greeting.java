package io.atrium.examples.hello;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A greeting someone left. Stored in {@code hello_greeting}: the platform adds the prefix. */
@Entity
@Table(name = "greeting")
public class Greeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message", nullable = false, length = 200)
  private String message;

  @Column(name = "author", nullable = false, length = 100)
  private String author;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Greeting() {
  }

  /** Creates a greeting. */
  public Greeting(String message, String author, Instant createdAt) {
    this.message = message;
    this.author = author;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getMessage() {
    return message;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }
}

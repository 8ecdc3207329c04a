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

  @Column(name = "replied_by", length = 100)
  private String repliedBy;

  @Column(name = "replied_at")
  private OffsetDateTime repliedAt;

  @Column(name = "reply_note", length = 2000)
  private String replyNote;

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

  /** Who answered the greeting in person, or null. */
  public String getRepliedBy() {
    return repliedBy;
  }

  /** When it was answered in person, or null. */
  public Instant getRepliedAt() {
    return repliedAt == null ? null : repliedAt.toInstant();
  }

  /** The note the person who answered wrote, or null. */
  public String getReplyNote() {
    return replyNote;
  }

  /** Whether someone answered it in person. */
  public boolean isReplied() {
    return repliedAt != null;
  }

  /** Records a personal answer. */
  public void markReplied(String by, Instant at, String note) {
    this.repliedBy = by;
    this.repliedAt = at.atOffset(ZoneOffset.UTC);
    this.replyNote = note == null || note.isBlank() ? null : note;
  }
}

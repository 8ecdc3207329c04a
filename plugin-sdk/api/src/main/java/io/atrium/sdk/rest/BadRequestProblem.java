package io.atrium.sdk.rest;

/**
 * The request body is malformed; becomes a 400 answer whose {@code pointer} tells where, e.g.
 * {@code $.fields[3].type}.
 */
public class BadRequestProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * Creates the problem.
   *
   * @param pointer JSON path of the offending part, {@code $} for the whole body
   * @param message what is wrong and what is expected
   */
  public BadRequestProblem(String pointer, String message) {
    super(message);
    this.pointer = pointer == null ? "$" : pointer;
  }

  /** JSON path of the offending part. */
  public String pointer() {
    return pointer;
  }
}

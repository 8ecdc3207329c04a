package io.atrium.sdk.security;

/** The caller lacks a permission. Pages answer 403 and REST calls a problem response. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String permission;

  /** Creates the exception for the missing permission. */
  public AccessDeniedException(String permission) {
    super("Permission required: " + permission);
    this.permission = permission;
  }

  /** The permission the caller lacks. */
  public String permission() {
    return permission;
  }
}

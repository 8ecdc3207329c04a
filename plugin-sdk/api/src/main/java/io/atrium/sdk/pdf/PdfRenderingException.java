package io.atrium.sdk.pdf;

/** Rendering a well-formed document, or writing the PDF, failed. */
public class PdfRenderingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public PdfRenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}

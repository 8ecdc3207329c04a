/** The {@link io.atrium.sdk.pdf.PdfRenderer} host service: XHTML and CSS to PDF with the server's fonts. */
package io.atrium.kernel.pdf;

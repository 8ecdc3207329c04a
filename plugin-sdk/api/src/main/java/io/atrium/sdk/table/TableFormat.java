package io.atrium.sdk.table;

import java.util.Locale;
import java.util.Optional;

/** The kinds of spreadsheet files the host reads and writes. */
public enum TableFormat {
  /** Comma-separated values; read in UTF-8 (with or without BOM) or GB18030, written in UTF-8 with BOM. */
  CSV("csv", "text/csv"),
  /** Excel 2007 and later (Office Open XML); the first sheet is read. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mediaType;

  TableFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension without the dot, e.g. {@code xlsx}. */
  public String extension() {
    return extension;
  }

  /** The media type for a download, e.g. {@code text/csv}. */
  public String mediaType() {
    return mediaType;
  }

  /** The format a file name's extension names ({@code .csv}, {@code .txt} or {@code .xlsx}), or empty. */
  public static Optional<TableFormat> ofFileName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    return name.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
  }

  /** The format with that name or extension ({@code csv}, {@code xlsx}, any case), or empty. */
  public static Optional<TableFormat> of(String name) {
    for (TableFormat format : values()) {
      if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}

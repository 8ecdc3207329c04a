package io.atrium.forms.imports;

import java.util.List;
import java.util.Map;

/**
 * What an uploaded file holds, before anything is imported.
 *
 * @param id the import's id, for the next calls
 * @param fileName the file's name as uploaded
 * @param format {@code csv} or {@code xlsx}
 * @param rows how many data rows follow the header (blank rows not counted)
 * @param headers the header row's cells
 * @param sample the first data rows
 * @param suggested column number to field name, matched by label or name (English or Chinese)
 * @param fields the form's fields as mapping targets
 */
public record ImportPreview(String id, String fileName, String format, int rows, List<String> headers,
    List<List<String>> sample, Map<Integer, String> suggested, List<ImportField> fields) {

  /** Copies the parts. */
  public ImportPreview {
    headers = List.copyOf(headers);
    sample = sample.stream().map(List::copyOf).toList();
    suggested = Map.copyOf(suggested);
    fields = List.copyOf(fields);
  }
}

package io.atrium.forms.imports;

import java.util.List;
import java.util.Map;

/**
 * Where an import stands, with its report.
 *
 * @param id the import's id
 * @param fileName the uploaded file's name
 * @param state the state
 * @param mode the mode of the run, or null before one started
 * @param done rows checked (or stored) so far
 * @param total data rows of the file
 * @param validRows rows that passed their check so far
 * @param invalidRows rows that failed it so far
 * @param imported records stored (0 until the run is done; 0 when an all-or-nothing run found problems)
 * @param problems the first problems, in row order (at most {@link #MAX_PROBLEMS})
 * @param problemCount all problems found
 * @param error why the import failed as a whole, or null
 * @param mapping the mapping last used, column number to field name
 */
public record ImportStatus(String id, String fileName, ImportState state, ImportMode mode, int done, int total,
    int validRows, int invalidRows, int imported, List<ImportProblem> problems, int problemCount, String error,
    Map<Integer, String> mapping) {

  /** Most problems kept in a report; the count goes on. */
  public static final int MAX_PROBLEMS = 1_000;

  /** Copies the parts. */
  public ImportStatus {
    problems = List.copyOf(problems);
    mapping = Map.copyOf(mapping);
  }
}

package io.atrium.forms.imports;

/** Where an import stands. */
public enum ImportState {
  /** Uploaded and previewed; waiting for a mapping. */
  UPLOADED,
  /** Every row is being checked; nothing changes. */
  CHECKING,
  /** Checked: the report is ready. */
  CHECKED,
  /** Rows are being checked and stored. */
  RUNNING,
  /** Finished: the outcome says how many records were stored. */
  DONE,
  /** Failed as a whole: nothing was stored; the error says why. */
  FAILED;

  /** Whether work is going on in the background. */
  public boolean busy() {
    return this == CHECKING || this == RUNNING;
  }
}

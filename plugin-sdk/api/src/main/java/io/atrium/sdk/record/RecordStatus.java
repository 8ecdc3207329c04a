package io.atrium.sdk.record;

/** Where a record stands in its life: written by the owning plugin and by workflows. */
public enum RecordStatus {
  /** Saved, not submitted. */
  DRAFT,
  /** Submitted; no approval running. */
  SUBMITTED,
  /** An approval is running on it. */
  IN_APPROVAL,
  /** Its approval ended with approval. */
  APPROVED,
  /** Its approval ended with rejection. */
  REJECTED,
  /** The submitter withdrew it from approval. */
  WITHDRAWN
}

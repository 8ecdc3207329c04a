package io.atrium.workflows.definition;

import java.util.Objects;

/**
 * How the decisions of a node's approvers combine.
 *
 * @param kind the mode
 * @param votePercent for {@link Kind#VOTE}: the share of approvals (1 to 100) that passes the node; 0 otherwise
 */
public record ApprovalMode(Kind kind, int votePercent) {

  /** The modes of the glossary. */
  public enum Kind {
    /** 依次审批: one after the other in the resolved order; one reject rejects. */
    SEQUENTIAL,
    /** 会签: all at once, all must approve; one reject rejects. */
    COUNTERSIGN,
    /** 或签: all at once, the first decision decides. */
    OR_SIGN,
    /** Vote: all at once, passes when the approvals reach the percentage, rejects when they no longer can. */
    VOTE
  }

  public static final ApprovalMode SEQUENTIAL = new ApprovalMode(Kind.SEQUENTIAL, 0);
  public static final ApprovalMode COUNTERSIGN = new ApprovalMode(Kind.COUNTERSIGN, 0);
  public static final ApprovalMode OR_SIGN = new ApprovalMode(Kind.OR_SIGN, 0);

  /** Checks the parts. */
  public ApprovalMode {
    Objects.requireNonNull(kind, "kind");
  }

  /** Vote by percentage. */
  public static ApprovalMode vote(int percent) {
    return new ApprovalMode(Kind.VOTE, percent);
  }
}

package io.atrium.workflows.definition;

/** The submitter's managers, nearest first: {@code levels} of them, or 0 for the whole chain to the top. */
public record ManagerChain(int levels) implements ApproverRule {

  public static final String TYPE = "managerChain";

  @Override
  public String type() {
    return TYPE;
  }
}

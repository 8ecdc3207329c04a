package io.atrium.sdk.workflow;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: turns the approver rules of one type into people, e.g. "the project's owner" or "the
 * on-duty engineer". Register it as a service; a definition's rule whose {@code type} equals
 * {@link #type()} is then resolved by it. Thread-safe; called inside the engine's transaction, so
 * it should be quick and must not change data.
 */
@ConsumerType
public interface ApproverStrategy {

  /** The rule type it handles, unique on the server, e.g. {@code crm.accountOwner}. */
  String type();

  /** Message key of the rule's name in the designer, in the contributing plugin's bundle. */
  String nameKey();

  /**
   * The people the rule names now, in order (a sequential node asks them in this order). The
   * engine removes inactive people and repeats, so the list may hold them; empty lets the node's
   * "nobody resolved" edge rule apply.
   */
  List<Long> resolve(RuleConfig rule, ApproverContext context);

  /**
   * The problems of a rule before the definition is published, e.g. a missing property or a role
   * nobody holds; empty when it is fine.
   */
  List<RuleProblem> check(RuleConfig rule, CheckContext context);
}

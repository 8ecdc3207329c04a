package io.atrium.workflows.rules.run;

import io.atrium.workflows.rules.Rule;
import java.util.List;

/** The saved rules, as the runtime's rule storage gives them. */
@FunctionalInterface
public interface RuleCatalog {

  /** All saved rules, enabled or not. */
  List<Rule> rules();
}

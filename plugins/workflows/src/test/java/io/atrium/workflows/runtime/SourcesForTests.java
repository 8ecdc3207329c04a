package io.atrium.workflows.runtime;

import io.atrium.sdk.record.RecordSource;

/** Record sources as Declarative Services would bind them, for tests outside this package. */
public final class SourcesForTests {

  private SourcesForTests() {
  }

  /** The sources, bound. */
  public static RecordSources of(RecordSource... sources) {
    RecordSources bound = new RecordSources();
    for (RecordSource source : sources) {
      bound.addSource(source);
    }
    return bound;
  }
}

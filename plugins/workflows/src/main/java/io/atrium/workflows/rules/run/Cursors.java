package io.atrium.workflows.rules.run;

/** Round-robin cursors by key (rule id and action index), kept across restarts. */
public interface Cursors {

  /** The position of the next turn, zero for a new cursor. */
  long peek(String key);

  /** Takes a turn: the position before, and the cursor moves on by one. */
  long advance(String key);
}

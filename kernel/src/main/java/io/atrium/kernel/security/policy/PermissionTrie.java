package io.atrium.kernel.security.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * Granted permissions compiled for fast checks, with Shiro's wildcard meaning: parts are split on
 * {@code :}, a part may list alternatives with {@code ,}, {@code *} matches any part, and a grant
 * with fewer parts covers everything below it ({@code forms} covers {@code forms:leads:view}).
 * A check walks at most two branches per part, whatever the number of grants.
 */
public final class PermissionTrie {

  private final Node root = new Node();

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    Node any;
    boolean granted;
  }

  /** Adds a granted permission pattern. */
  public void grant(String permission) {
    if (permission == null || permission.isBlank()) {
      return;
    }
    String[] parts = permission.strip().toLowerCase(java.util.Locale.ROOT).split(":");
    add(root, parts, 0);
  }

  private void add(Node node, String[] parts, int index) {
    if (index == parts.length) {
      node.granted = true;
      return;
    }
    for (String alternative : parts[index].split(",")) {
      String part = alternative.strip();
      Node next;
      if (part.equals("*")) {
        if (node.any == null) {
          node.any = new Node();
        }
        next = node.any;
      } else {
        next = node.children.computeIfAbsent(part, k -> new Node());
      }
      add(next, parts, index + 1);
    }
  }

  /** Whether a grant covers the permission. */
  public boolean implies(String permission) {
    if (permission == null || permission.isBlank()) {
      return false;
    }
    return implies(root, permission.strip().toLowerCase(java.util.Locale.ROOT).split(":"), 0);
  }

  private static boolean implies(Node node, String[] parts, int index) {
    if (node.granted) {
      return true;
    }
    if (index == parts.length) {
      // a grant that goes on with only wildcards still covers the shorter permission
      return node.any != null && impliesRest(node.any);
    }
    Node exact = node.children.get(parts[index]);
    if (exact != null && implies(exact, parts, index + 1)) {
      return true;
    }
    return node.any != null && implies(node.any, parts, index + 1);
  }

  private static boolean impliesRest(Node node) {
    return node.granted || node.any != null && impliesRest(node.any);
  }
}

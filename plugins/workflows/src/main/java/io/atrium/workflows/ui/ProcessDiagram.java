package io.atrium.workflows.ui;

import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.ProcessGraph;
import java.util.List;
import java.util.Locale;

/**
 * Draws a definition's node tree as SVG, top to bottom as the designer shows it: a box per node,
 * condition and parallel branches side by side between a split and a join bar, each box coloured
 * by its {@link NodeState}. Every text from the definition is escaped; the SVG holds no script and
 * no links, and draws with attributes only (no CSS needed).
 */
public final class ProcessDiagram {

  static final int BOX_W = 168;
  static final int BOX_H = 48;
  static final int COLUMN = BOX_W + 32;
  static final int GAP = 36;
  static final int SPLIT = 16;
  static final int LABEL = 40;
  static final int JOIN = 12;
  static final int EMPTY = 24;
  static final int MARGIN = 12;
  private static final int NAME_CHARS = 14;

  private final Locale locale;

  /** A renderer whose type labels and legend are in a language. */
  public ProcessDiagram(Locale locale) {
    this.locale = locale;
  }

  /** The SVG document (an {@code svg} element) of a definition in the given states. */
  public String render(ProcessDefinition definition, NodeStates states) {
    List<Node> top = definition.nodes();
    int width = width(top) + 2 * MARGIN;
    int height = height(top) + 2 * MARGIN;
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wf-diagram\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Xml.escape(definition.name())).append("\">");
    svg.append("<g font-family=\"sans-serif\" font-size=\"13\">");
    flow(svg, top, MARGIN, MARGIN, width(top), states, false, true);
    svg.append("</g></svg>");
    return svg.toString();
  }

  private void flow(StringBuilder svg, List<Node> flow, int x, int y, int w, NodeStates states, boolean untaken,
      boolean topLevel) {
    int cx = x + w / 2;
    if (flow.isEmpty()) {
      line(svg, cx, y, cx, y + EMPTY, untaken);
      return;
    }
    int at = y;
    for (int i = 0; i < flow.size(); i++) {
      Node node = flow.get(i);
      boolean last = topLevel && i == flow.size() - 1;
      at = node(svg, node, x, at, w, states, untaken, last);
    }
  }

  /** Draws a node and the line below it; answers where the next node starts. */
  private int node(StringBuilder svg, Node node, int x, int y, int w, NodeStates states, boolean untaken,
      boolean last) {
    int cx = x + w / 2;
    NodeState state = untaken ? NodeState.UNTAKEN : states.node(node.id());
    box(svg, node, cx - BOX_W / 2, y, state);
    List<Branch> branches = ProcessGraph.branches(node);
    int bottom = y + BOX_H;
    if (!branches.isEmpty()) {
      int split = bottom + SPLIT;
      line(svg, cx, bottom, cx, split, untaken);
      int inner = 0;
      for (Branch branch : branches) {
        inner = Math.max(inner, height(branch.nodes()));
      }
      int flowTop = split + LABEL;
      int join = flowTop + inner + JOIN;
      int bx = x + (w - width(node)) / 2;
      int firstCenter = -1;
      int lastCenter = -1;
      for (Branch branch : branches) {
        int bw = width(branch.nodes());
        int bcx = bx + bw / 2;
        firstCenter = firstCenter < 0 ? bcx : firstCenter;
        lastCenter = bcx;
        boolean branchUntaken = untaken || states.branch(branch.id()) == NodeState.UNTAKEN;
        line(svg, bcx, split, bcx, flowTop, branchUntaken);
        label(svg, branch, bcx, split + 8, branchUntaken ? NodeState.UNTAKEN : states.branch(branch.id()));
        flow(svg, branch.nodes(), bx, flowTop, bw, states, branchUntaken, false);
        line(svg, bcx, flowTop + height(branch.nodes()), bcx, join, branchUntaken);
        bx += bw;
      }
      line(svg, firstCenter, split, lastCenter, split, untaken);
      line(svg, firstCenter, join, lastCenter, join, untaken);
      bottom = join;
    }
    int next = y + height(node);
    if (!last) {
      line(svg, cx, bottom, cx, next, untaken);
    }
    return next;
  }

  private void box(StringBuilder svg, Node node, int x, int y, NodeState state) {
    String fill = switch (state) {
      case PASSED -> "#e8f5e9";
      case CURRENT -> "#fff3e0";
      case UNTAKEN -> "#f5f5f5";
      case AHEAD -> "#ffffff";
    };
    String stroke = switch (state) {
      case PASSED -> "#2e7d32";
      case CURRENT -> "#ef6c00";
      case UNTAKEN -> "#bdbdbd";
      case AHEAD -> "#90a4ae";
    };
    String ink = state == NodeState.UNTAKEN ? "#9e9e9e" : "#263238";
    String stateName = state.name().toLowerCase(Locale.ROOT);
    svg.append("<g class=\"wf-node wf-").append(stateName).append("\" data-node=\"").append(Xml.escape(node.id()))
        .append("\" data-type=\"").append(Xml.escape(node.type())).append("\" data-state=\"").append(stateName)
        .append("\">");
    svg.append("<title>").append(Xml.escape(node.name())).append(" · ").append(Xml.escape(stateText(state)))
        .append("</title>");
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W)
        .append("\" height=\"").append(BOX_H).append("\" rx=\"8\" fill=\"").append(fill).append("\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"").append(state == NodeState.CURRENT ? 3 : 1.5).append('"');
    if (state == NodeState.UNTAKEN) {
      svg.append(" stroke-dasharray=\"4 3\"");
    }
    svg.append("/>");
    int cx = x + BOX_W / 2;
    svg.append("<text x=\"").append(cx).append("\" y=\"").append(y + 20).append("\" text-anchor=\"middle\" fill=\"")
        .append(ink).append("\" font-weight=\"bold\">").append(Xml.escape(Xml.shortened(node.name(), NAME_CHARS)))
        .append("</text>");
    svg.append("<text x=\"").append(cx).append("\" y=\"").append(y + 38)
        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(ink).append("\">")
        .append(Xml.escape(WorkflowsTexts.text(locale, "workflows.ui.node." + node.type()))).append("</text>");
    svg.append("</g>");
  }

  private void label(StringBuilder svg, Branch branch, int cx, int y, NodeState state) {
    String stateName = state.name().toLowerCase(Locale.ROOT);
    String text = Xml.shortened(branch.name(), NAME_CHARS);
    int w = Math.min(BOX_W, 24 + 13 * text.codePointCount(0, text.length()));
    svg.append("<g class=\"wf-branch wf-").append(stateName).append("\" data-branch=\"")
        .append(Xml.escape(branch.id())).append("\" data-state=\"").append(stateName).append("\">");
    svg.append("<title>").append(Xml.escape(branch.condition() == null ? branch.name()
        : branch.name() + ": " + branch.condition())).append("</title>");
    svg.append("<rect x=\"").append(cx - w / 2).append("\" y=\"").append(y).append("\" width=\"").append(w)
        .append("\" height=\"22\" rx=\"11\" fill=\"").append(state == NodeState.UNTAKEN ? "#f5f5f5" : "#eceff1")
        .append("\" stroke=\"").append(state == NodeState.UNTAKEN ? "#bdbdbd" : "#78909c").append("\"/>");
    svg.append("<text x=\"").append(cx).append("\" y=\"").append(y + 15)
        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
        .append(state == NodeState.UNTAKEN ? "#9e9e9e" : "#37474f").append("\">").append(Xml.escape(text))
        .append("</text></g>");
  }

  private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, boolean untaken) {
    svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
        .append("\" y2=\"").append(y2).append("\" stroke=\"").append(untaken ? "#cfd8dc" : "#90a4ae")
        .append("\" stroke-width=\"1.5\"");
    if (untaken) {
      svg.append(" stroke-dasharray=\"4 3\"");
    }
    svg.append("/>");
  }

  private String stateText(NodeState state) {
    return WorkflowsTexts.text(locale, "workflows.ui.state." + state.name().toLowerCase(Locale.ROOT));
  }

  /** The width a flow needs: its widest node, at least one column. */
  static int width(List<Node> flow) {
    int w = COLUMN;
    for (Node node : flow) {
      w = Math.max(w, width(node));
    }
    return w;
  }

  private static int width(Node node) {
    List<Branch> branches = ProcessGraph.branches(node);
    if (branches.isEmpty()) {
      return COLUMN;
    }
    int w = 0;
    for (Branch branch : branches) {
      w += width(branch.nodes());
    }
    return Math.max(COLUMN, w);
  }

  /** The height a flow needs. */
  static int height(List<Node> flow) {
    if (flow.isEmpty()) {
      return EMPTY;
    }
    int h = 0;
    for (Node node : flow) {
      h += height(node);
    }
    return h;
  }

  private static int height(Node node) {
    List<Branch> branches = ProcessGraph.branches(node);
    if (branches.isEmpty()) {
      return BOX_H + GAP;
    }
    int inner = 0;
    for (Branch branch : branches) {
      inner = Math.max(inner, height(branch.nodes()));
    }
    return BOX_H + SPLIT + LABEL + inner + JOIN + GAP;
  }
}

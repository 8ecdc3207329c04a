package io.atrium.workflows.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.RuntimeParts;
import io.atrium.workflows.runtime.SourcesForTests;
import io.atrium.workflows.runtime.TaskCommand;
import io.atrium.workflows.runtime.WorkflowsInputException;
import io.atrium.workflows.storage.JdbcInstanceStore;
import jakarta.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handwritten signatures (手写签名): a node that asks for one, kept as a blob, shown in the timeline and the PDF. */
class SignaturesTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final Campaigns campaigns = new Campaigns();
  private final Approvals approvals;
  private final ApprovalViews views;
  private final ApprovalPrintouts printouts;
  private final ActionResult started;

  SignaturesTest() {
    RuntimeParts parts = RuntimeParts.wire(org.kit, SourcesForTests.of(campaigns));
    DefinitionCatalog catalog = parts.catalog();
    approvals = parts.approvals();
    views = org.kit.create(ApprovalViews.class);
    org.kit.register(ApprovalViews.class, views);
    printouts = org.kit.create(ApprovalPrintouts.class);
    try (var reader = Json.createReader(new StringReader("{\"key\": \"signed\", \"name\": \"合同审批\", \"admins\": ["
        + org.root + "], \"nodes\": [{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"经理签字\", \"signature\": true, \"approvers\":"
        + " {\"type\": \"users\", \"users\": [" + org.bob + "]}}, {\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}"))) {
      catalog.create("forms.campaign", reader.readValue());
    }
    catalog.publish("signed");
    campaigns.add(3, org.alice, "年度合同", "80000");
    org.kit.user().userId(org.alice);
    started = approvals.start(UUID.randomUUID().toString(), "signed", "forms.campaign/3");
  }

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void anApprovalAtASigningNodeNeedsAPngSignatureWhichTheTimelineAndThePdfShow() throws Exception {
    org.kit.user().userId(org.bob);
    String task = started.instance().pendingTaskOf(org.bob).orElseThrow().id();
    assertThat(views.task(task).needsSignature()).isTrue();
    assertThatThrownBy(() -> approve(task, null)).isInstanceOf(WorkflowsInputException.class)
        .satisfies(e -> assertThat(((WorkflowsInputException) e).getMessage(Locale.ENGLISH))
            .contains("needs your handwritten signature"));
    assertThatThrownBy(() -> approve(task, "data:image/png;base64,not base64!"))
        .isInstanceOf(WorkflowsInputException.class);
    assertThatThrownBy(() -> approve(task, Base64.getEncoder().encodeToString("<svg/>".getBytes())))
        .as("not a PNG").isInstanceOf(WorkflowsInputException.class);

    String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(signaturePng());
    assertThat(approve(task, png).instance().status().name()).isEqualTo("APPROVED");

    org.kit.user().userId(org.alice);
    InstanceView view = views.instance(started.instance().id());
    assertThat(view.timeline()).filteredOn(e -> e.kind().equals("approved")).singleElement()
        .satisfies(e -> assertThat(e.signature()).isEqualTo(png));
    assertThat(ApprovalRecordDocument.xhtml(view, Locale.ENGLISH)).contains("<img class=\"handwritten\"");
    try (PDDocument pdf = Loader.loadPDF(printouts.pdf(started.instance().id()))) {
      long images = 0;
      for (var page : pdf.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
        }
      }
      assertThat(images).as("the signature drawn in the approval record").isEqualTo(1);
    }
  }

  private ActionResult approve(String taskId, String signature) {
    return approvals.act(taskId, org.kit.transactions().required(() -> views.task(taskId).instance().instance()
        .version()), new TaskCommand(TaskCommand.Kind.APPROVE, UUID.randomUUID().toString(), null, null, null, false,
        Map.of(), signature));
  }

  private static byte[] signaturePng() throws IOException {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
    Graphics2D pen = image.createGraphics();
    pen.setColor(Color.BLACK);
    pen.drawLine(5, 30, 60, 8);
    pen.drawLine(60, 8, 115, 32);
    pen.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}

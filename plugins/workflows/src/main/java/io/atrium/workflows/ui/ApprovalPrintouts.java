package io.atrium.workflows.ui;

import io.atrium.sdk.pdf.PdfRenderer;
import io.atrium.sdk.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The printable approval record (PDF) of an instance, for those who may see the instance. */
@Component(service = ApprovalPrintouts.class)
public class ApprovalPrintouts {

  private final ApprovalViews views;
  private final PdfRenderer renderer;
  private final CurrentUser user;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalPrintouts(@Reference ApprovalViews views, @Reference PdfRenderer renderer,
      @Reference CurrentUser user) {
    this.views = views;
    this.renderer = renderer;
    this.user = user;
  }

  /**
   * The PDF of an instance in the caller's language.
   *
   * @throws io.atrium.workflows.runtime.WorkflowsForbiddenException when the caller may not see it
   * @throws io.atrium.workflows.runtime.WorkflowsNotFoundException when there is no such instance
   */
  public byte[] pdf(String instanceId) {
    InstanceView view = views.instance(instanceId);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    renderer.render(ApprovalRecordDocument.xhtml(view, user.locale()), out);
    return out.toByteArray();
  }
}

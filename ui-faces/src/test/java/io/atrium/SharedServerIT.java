package io.atrium;

import io.atrium.forms.FormsPagesTests;
import io.atrium.forms.FormsRestTests;
import io.atrium.kernel.StateAfterRestartIT;
import io.atrium.kernel.StateBeforeRestartTests;
import io.atrium.kernel.audit.AuditTests;
import io.atrium.kernel.identity.DirectoryTests;
import io.atrium.kernel.identity.IdentityTests;
import io.atrium.kernel.notify.NotificationTests;
import io.atrium.kernel.plugin.PluginLifecycleTests;
import io.atrium.kernel.plugin.PluginValidationTests;
import io.atrium.kernel.rest.RestApiTests;
import io.atrium.kernel.time.CalendarTests;
import io.atrium.testing.AtriumServer;
import io.atrium.web.admin.AdminConsoleTests;
import io.atrium.web.faces.PluginPagesTests;
import io.atrium.web.portal.PortalTests;
import io.atrium.web.security.SecurityTests;
import io.atrium.workflows.WorkflowsRestTests;
import io.atrium.workflows.WorkflowsRulesTests;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;

/**
 * The integration tests that need no server restart, on one server: one nested class per area
 * (the tests live next to the code they test). The areas that move the server's clock come late:
 * what they write is stamped with the moved clock and would sort before the others' newest
 * records. The first half of the restart scenario runs last;
 * {@link StateAfterRestartIT} then starts a new server on the same data.
 */
@Order(1)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SharedServerIT extends AtriumServer {

  @Nested
  @Order(1)
  class RestApi extends RestApiTests {
  }

  @Nested
  @Order(2)
  class PluginLifecycle extends PluginLifecycleTests {
  }

  @Nested
  @Order(3)
  class PluginValidation extends PluginValidationTests {
  }

  @Nested
  @Order(4)
  class Security extends SecurityTests {
  }

  @Nested
  @Order(5)
  class Identity extends IdentityTests {
  }

  @Nested
  @Order(6)
  class PluginPages extends PluginPagesTests {
  }

  @Nested
  @Order(7)
  class Portal extends PortalTests {
  }

  @Nested
  @Order(8)
  class AdminConsole extends AdminConsoleTests {
  }

  @Nested
  @Order(9)
  class FormsRest extends FormsRestTests {
  }

  @Nested
  @Order(10)
  class FormsPages extends FormsPagesTests {
  }

  @Nested
  @Order(11)
  class Audit extends AuditTests {
  }

  @Nested
  @Order(12)
  class Directory extends DirectoryTests {
  }

  @Nested
  @Order(13)
  class Notification extends NotificationTests {
  }

  @Nested
  @Order(14)
  class Calendar extends CalendarTests {
  }

  @Nested
  @Order(15)
  class WorkflowsRest extends WorkflowsRestTests {
  }

  @Nested
  @Order(17)
  class WorkflowsRules extends WorkflowsRulesTests {
  }

  @Nested
  @Order(100)
  class BeforeRestart extends StateBeforeRestartTests {
  }
}

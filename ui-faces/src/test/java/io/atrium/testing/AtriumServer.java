package io.atrium.testing;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the Arquillian classes: deploys the real Atrium WAR at the context root of a Payara
 * Micro started for the class and stopped after it. Each server start costs tens of seconds, so
 * test classes are nested in few such classes and share their server ({@link ServerTest}); the
 * nested classes declare no deployment of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AtriumServer extends ServerTest {

  /** The deployment name used with {@code @OperateOnDeployment}. */
  public static final String DEPLOYMENT = "atrium";

  /** The WAR under test, deployed at "/". */
  @Deployment(name = DEPLOYMENT, testable = false)
  public static WebArchive atrium() {
    return war();
  }

  /** The built WAR named so that Payara Micro serves it at the context root. */
  public static WebArchive war() {
    File war = new File(System.getProperty("atrium.it.war", "target/atrium.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}

package io.atrium.testing;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: deploys the real Atrium WAR at the context root of a Payara Micro
 * started by Arquillian, and talks to it over HTTP like a browser or a script would. The server's
 * home and data folder ({@code atrium.it.home}) are shared by the test classes of one run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AtriumServer {

  /** The deployment name used with {@code @OperateOnDeployment}. */
  public static final String DEPLOYMENT = "atrium";

  @ArquillianResource
  protected URL baseUrl;

  protected AtriumClient client;

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

  @BeforeEach
  void connect() {
    // the test servers listen on loopback only; the adapter reports the machine's address
    client = new AtriumClient(URI.create("http://127.0.0.1:" + baseUrl.getPort() + "/"), adminPassword());
    client.awaitReady();
  }

  /** The first administrator's password the test servers are started with. */
  public static String adminPassword() {
    return System.getProperty("atrium.it.admin.password");
  }

  /** The server's data folder. */
  public static Path dataDir() {
    return Paths.get(System.getProperty("atrium.it.home", "target/it-h2")).resolve("data");
  }

  /** The folder plugins are dropped into. */
  public static Path pluginDir() throws java.io.IOException {
    return Files.createDirectories(dataDir().resolve("plugins"));
  }

  /** The example plugin jar. */
  public static Path helloJar() {
    return Paths.get(System.getProperty("atrium.it.hello", "target/it-runtime/hello.jar"));
  }

  /** The forms plugin jar. */
  public static Path formsJar() {
    return Paths.get(System.getProperty("atrium.it.forms", "target/it-runtime/forms.jar"));
  }

  /** "h2" or "postgresql". */
  public static String database() {
    return System.getProperty("atrium.it.database", "h2");
  }
}

package io.atrium.kernel.identity.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * An in-memory LDAP server on loopback with a small org: organisational units 总部 > 研发部 and
 * 总部 > 销售部 below ou=people, people with Chinese names and managers, two groups and a service
 * account. Optionally with StartTLS or LDAPS on a self-signed certificate for 127.0.0.1.
 */
public final class TestLdapServer implements AutoCloseable {

  public static final String BASE = "dc=example,dc=com";
  public static final String PEOPLE = "ou=people," + BASE;
  public static final String GROUPS = "ou=groups," + BASE;
  public static final String SERVICE_DN = "cn=atrium-svc," + BASE;
  public static final String SERVICE_PASSWORD = "svc-Secret-1";
  public static final String PASSWORD = "user-Secret-1";
  public static final String HQ = "ou=总部," + PEOPLE;
  public static final String RD = "ou=研发部," + HQ;
  public static final String SALES = "ou=销售部," + HQ;

  /** How the server listens. */
  public enum Mode {
    PLAIN, START_TLS, LDAPS
  }

  private static SSLContext tls;
  private final InMemoryDirectoryServer server;
  private final Mode mode;

  public TestLdapServer(Mode mode) throws Exception {
    this(mode, 0);
  }

  /** Starts the server; {@code maxSizeLimit} above 0 caps every search like a real server's size limit. */
  public TestLdapServer(Mode mode, int maxSizeLimit) throws Exception {
    this.mode = mode;
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    InMemoryListenerConfig listener = switch (mode) {
      case PLAIN -> InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, null);
      case START_TLS -> InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, tls().getSocketFactory());
      case LDAPS -> InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0,
          tls().getServerSocketFactory(), tls().getSocketFactory());
    };
    config.setListenerConfigs(listener);
    if (maxSizeLimit > 0) {
      config.setMaxSizeLimit(maxSizeLimit);
    }
    server = new InMemoryDirectoryServer(config);
    server.add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
    server.add(new Entry(SERVICE_DN, new Attribute("objectClass", "top", "person"), new Attribute("cn", "atrium-svc"),
        new Attribute("sn", "svc"), new Attribute("userPassword", SERVICE_PASSWORD)));
    unit(PEOPLE, "people");
    unit(GROUPS, "groups");
    unit(HQ, "总部");
    unit(RD, "研发部");
    unit(SALES, "销售部");
    person(HQ, "wangzong", "王总", "总经理", null, "13900000001");
    person(RD, "lilei", "李雷", "研发经理", "uid=wangzong," + HQ, null);
    person(RD, "hanmeimei", "韩梅梅", "工程师", "uid=lilei," + RD, "13800138001");
    person(SALES, "zhaosi", "赵四", "销售", "uid=wangzong," + HQ, null);
    group("oa-admins", "uid=wangzong," + HQ);
    group("developers", "uid=lilei," + RD, "uid=hanmeimei," + RD);
    server.startListening();
  }

  /** The server's URL. */
  public String url() {
    return (mode == Mode.LDAPS ? "ldaps" : "ldap") + "://127.0.0.1:" + server.getListenPort();
  }

  /** Settings that find this org, with the groups under ou=groups mapped as given. */
  public LdapSettings settings(List<LdapSettings.GroupRole> mapping) {
    LdapSettings d = LdapSettings.defaults();
    return new LdapSettings(true, 60, url(), mode == Mode.START_TLS, SERVICE_DN, PEOPLE, d.userFilter(),
        d.usernameAttribute(), d.externalIdAttribute(), d.displayNameAttribute(), d.emailAttribute(),
        d.mobileAttribute(), d.titleAttribute(), d.managerAttribute(), "", "", GROUPS, d.groupFilter(),
        d.groupMemberAttribute(), 500, 5, 10, mapping);
  }

  InMemoryDirectoryServer server() {
    return server;
  }

  void unit(String dn, String name) throws LDAPException {
    server.add(new Entry(dn, new Attribute("objectClass", "top", "organizationalUnit"), new Attribute("ou", name)));
  }

  void person(String parent, String uid, String name, String title, String manager, String mobile)
      throws LDAPException {
    List<Attribute> attributes = new ArrayList<>(List.of(new Attribute("objectClass", "top", "person",
        "organizationalPerson", "inetOrgPerson"), new Attribute("uid", uid), new Attribute("cn", name),
        new Attribute("sn", name.substring(0, 1)), new Attribute("displayName", name),
        new Attribute("mail", uid + "@example.com"), new Attribute("title", title),
        new Attribute("userPassword", PASSWORD)));
    if (manager != null) {
      attributes.add(new Attribute("manager", manager));
    }
    if (mobile != null) {
      attributes.add(new Attribute("mobile", mobile));
    }
    server.add(new Entry("uid=" + uid + "," + parent, attributes));
  }

  void group(String cn, String... members) throws LDAPException {
    server.add(new Entry("cn=" + cn + "," + GROUPS, new Attribute("objectClass", "top", "groupOfNames"),
        new Attribute("cn", cn), new Attribute("member", members)));
  }

  void modify(String dn, String attribute, String... values) throws LDAPException {
    server.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
  }

  public void stop() {
    server.shutDown(true);
  }

  @Override
  public void close() {
    stop();
  }

  /** A key pair for 127.0.0.1 made with the JDK's keytool, used by the server and trusted by {@link Trusting}. */
  static synchronized SSLContext tls() throws Exception {
    if (tls == null) {
      Path folder = Files.createTempDirectory("atrium-ldap-tls");
      Path store = folder.resolve("server.p12");
      Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
          "-genkeypair", "-alias", "ldap", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
          "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
          "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true)
          .start();
      String output = new String(keytool.getInputStream().readAllBytes());
      if (keytool.waitFor() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, "changeit".toCharArray());
      }
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, "changeit".toCharArray());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(keys);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
      tls = context;
    }
    return tls;
  }

  /** The client side: a socket factory that trusts the test certificate, as JNDI loads one by class name. */
  public static final class Trusting extends SSLSocketFactory {
    private final SSLSocketFactory delegate;

    private Trusting(SSLSocketFactory delegate) {
      this.delegate = delegate;
    }

    /** Called by JNDI. */
    public static SocketFactory getDefault() {
      try {
        return new Trusting(tls().getSocketFactory());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
      return delegate.createSocket();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
      return delegate.createSocket(socket, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
      return delegate.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
        throws IOException {
      return delegate.createSocket(address, port, localAddress, localPort);
    }
  }
}

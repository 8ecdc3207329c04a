package io.atrium.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory LDAP server in the test JVM, on loopback, which the Atrium server under test
 * reads: organisational units 总部 > 研发部 and 总部 > 销售部 below ou=people, four people with
 * Chinese names and managers, the groups oa-admins and developers, and a service account.
 */
public final class TestDirectoryServer implements AutoCloseable {

  public static final String BASE = "dc=example,dc=com";
  public static final String PEOPLE = "ou=people," + BASE;
  public static final String GROUPS = "ou=groups," + BASE;
  public static final String SERVICE_DN = "cn=atrium-svc," + BASE;
  public static final String SERVICE_PASSWORD = "svc-Secret-1";
  public static final String PASSWORD = "user-Secret-1";
  public static final String HQ = "ou=总部," + PEOPLE;
  public static final String RD = "ou=研发部," + HQ;
  public static final String SALES = "ou=销售部," + HQ;

  private final InMemoryDirectoryServer server;
  private final int port;

  /** Starts the server on a free loopback port. */
  public TestDirectoryServer() throws LDAPException {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0,
        null));
    server = new InMemoryDirectoryServer(config);
    server.add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "example")));
    server.add(new Entry(SERVICE_DN, new Attribute("objectClass", "top", "person"), new Attribute("cn", "atrium-svc"),
        new Attribute("sn", "svc"), new Attribute("userPassword", SERVICE_PASSWORD)));
    unit(PEOPLE, "people");
    unit(GROUPS, "groups");
    unit(HQ, "总部");
    unit(RD, "研发部");
    unit(SALES, "销售部");
    person(HQ, "wangzong", "王总", "总经理", null);
    person(RD, "lilei", "李雷", "研发经理", "uid=wangzong," + HQ);
    person(RD, "hanmeimei", "韩梅梅", "工程师", "uid=lilei," + RD);
    person(SALES, "zhaosi", "赵四", "销售", "uid=wangzong," + HQ);
    group("oa-admins", "uid=wangzong," + HQ);
    group("developers", "uid=lilei," + RD, "uid=hanmeimei," + RD);
    server.startListening();
    port = server.getListenPort();
  }

  /** The URL the Atrium server connects to. */
  public String url() {
    return "ldap://127.0.0.1:" + port;
  }

  /** Stops answering, as a server that went down. */
  public void stop() {
    server.shutDown(true);
  }

  @Override
  public void close() {
    stop();
  }

  private void unit(String dn, String name) throws LDAPException {
    server.add(new Entry(dn, new Attribute("objectClass", "top", "organizationalUnit"), new Attribute("ou", name)));
  }

  private void person(String parent, String uid, String name, String title, String manager) throws LDAPException {
    List<Attribute> attributes = new ArrayList<>(List.of(new Attribute("objectClass", "top", "person",
        "organizationalPerson", "inetOrgPerson"), new Attribute("uid", uid), new Attribute("cn", name),
        new Attribute("sn", name.substring(0, 1)), new Attribute("displayName", name),
        new Attribute("mail", uid + "@example.com"), new Attribute("title", title),
        new Attribute("userPassword", PASSWORD)));
    if (manager != null) {
      attributes.add(new Attribute("manager", manager));
    }
    server.add(new Entry("uid=" + uid + "," + parent, attributes));
  }

  private void group(String cn, String... members) throws LDAPException {
    server.add(new Entry("cn=" + cn + "," + GROUPS, new Attribute("objectClass", "top", "groupOfNames"),
        new Attribute("cn", cn), new Attribute("member", members)));
  }
}

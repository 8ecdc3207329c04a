package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.i18n.Message;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.ServiceUnavailableException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attributes;
import javax.naming.directory.InvalidSearchFilterException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.Control;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.PagedResultsControl;
import javax.naming.ldap.PagedResultsResponseControl;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.net.SocketFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * Connections to an LDAP server over JNDI: simple binds, LDAPS or StartTLS, connect and read
 * timeouts, paged searches. Failures become {@link LdapException}s that say what to check;
 * passwords never appear in them.
 */
final class LdapClient {

  /** Handles one entry of a search. */
  @FunctionalInterface
  interface EntryHandler {
    /** Handles the entry. */
    void handle(SearchResult entry) throws NamingException;
  }

  private final LdapSettings settings;
  private final Class<? extends SocketFactory> socketFactory;

  /**
   * Creates the client.
   *
   * @param socketFactory the TLS socket factory (a class with a static {@code getDefault()}), or null
   *     for the JVM's, which trusts the certificates of its trust store
   */
  LdapClient(LdapSettings settings, Class<? extends SocketFactory> socketFactory) {
    this.settings = settings;
    this.socketFactory = socketFactory;
  }

  /** Connects as the service account (anonymously when no bind DN is set). */
  Connection bindService(String password) throws LdapException {
    return bind(settings.bindDn(), settings.bindDn().isEmpty() ? null : password);
  }

  /**
   * Connects and binds with a name and password; a null password binds anonymously.
   *
   * @throws LdapException of kind {@code CREDENTIALS} when the server refuses them
   */
  Connection bind(String name, String password) throws LdapException {
    if (password != null && password.isEmpty()) {
      // an empty password is an unauthenticated bind that many servers accept: never a sign-in
      throw new LdapException(LdapException.Kind.CREDENTIALS, Message.of("ldap.bind.refused", name), null);
    }
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, settings.url());
    env.put(Context.REFERRAL, "ignore");
    env.put("com.sun.jndi.ldap.connect.timeout", Long.toString(settings.connectTimeoutSeconds() * 1000L));
    env.put("com.sun.jndi.ldap.read.timeout", Long.toString(settings.readTimeoutSeconds() * 1000L));
    env.put("com.sun.jndi.ldap.connect.pool", "false");
    env.put("java.naming.ldap.attributes.binary", "objectGUID objectSid");
    if (socketFactory != null && settings.ldaps()) {
      env.put("java.naming.ldap.factory.socket", socketFactory.getName());
    }
    boolean authenticated = password != null;
    if (settings.startTls() || !authenticated) {
      env.put(Context.SECURITY_AUTHENTICATION, "none");
    } else {
      env.put(Context.SECURITY_AUTHENTICATION, "simple");
      env.put(Context.SECURITY_PRINCIPAL, name);
      env.put(Context.SECURITY_CREDENTIALS, password);
    }
    LdapContext context = null;
    StartTlsResponse tls = null;
    try {
      context = new InitialLdapContext(env, null);
      if (settings.startTls()) {
        tls = startTls(context);
        if (authenticated) {
          context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
          context.addToEnvironment(Context.SECURITY_PRINCIPAL, name);
          context.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
          // binds now, on the protected connection
          context.reconnect(null);
        }
      }
      return new Connection(context, tls);
    } catch (NamingException e) {
      closeQuietly(context, tls);
      throw failure(e, name, null);
    } catch (LdapException e) {
      closeQuietly(context, tls);
      throw e;
    }
  }

  private StartTlsResponse startTls(LdapContext context) throws NamingException, LdapException {
    StartTlsResponse tls;
    try {
      tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
    } catch (NamingException e) {
      if (e instanceof CommunicationException) {
        throw e;
      }
      throw new LdapException(LdapException.Kind.OTHER, Message.of("ldap.starttls.unsupported", settings.url(),
          reason(e)), e);
    }
    try {
      if (socketFactory != null) {
        tls.negotiate((SSLSocketFactory) socketFactory.getMethod("getDefault").invoke(null));
      } else {
        tls.negotiate();
      }
      return tls;
    } catch (IOException e) {
      closeQuietly(null, tls);
      throw new LdapException(LdapException.Kind.UNREACHABLE, Message.of("ldap.tls.failed", settings.url(),
          reason(e)), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("The TLS socket factory has no static getDefault()", e);
    }
  }

  /** An open, bound connection. */
  final class Connection implements AutoCloseable {
    private final LdapContext context;
    private final StartTlsResponse tls;

    private Connection(LdapContext context, StartTlsResponse tls) {
      this.context = context;
      this.tls = tls;
    }

    /**
     * Searches the subtree below {@code base} page by page; {@code {0}}, {@code {1}} in the filter
     * are replaced by the escaped arguments.
     */
    void search(String base, String filter, Object[] args, String[] attributes, EntryHandler handler)
        throws LdapException {
      SearchControls controls = new SearchControls();
      controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
      controls.setReturningAttributes(attributes);
      controls.setTimeLimit(settings.readTimeoutSeconds() * 1000);
      try {
        byte[] cookie = null;
        do {
          context.setRequestControls(new Control[] {new PagedResultsControl(settings.pageSize(), cookie,
              Control.NONCRITICAL)});
          NamingEnumeration<SearchResult> results = context.search(base, filter, args, controls);
          try {
            while (results.hasMore()) {
              handler.handle(results.next());
            }
          } catch (PartialResultException e) {
            // Active Directory ends searches of a domain root with referrals, which are ignored
          } finally {
            results.close();
          }
          cookie = null;
          Control[] response = context.getResponseControls();
          if (response != null) {
            for (Control control : response) {
              if (control instanceof PagedResultsResponseControl paged) {
                cookie = paged.getCookie();
              }
            }
          }
        } while (cookie != null && cookie.length > 0);
        context.setRequestControls(null);
      } catch (NamingException e) {
        throw failure(e, settings.bindDn(), base);
      } catch (IOException e) {
        throw new LdapException(LdapException.Kind.OTHER, Message.of("ldap.failed", settings.url(), reason(e)), e);
      }
    }

    /** The attributes of one entry, or empty when there is no such entry. */
    Optional<Attributes> read(String dn, String[] attributes) throws LdapException {
      try {
        context.setRequestControls(null);
        return Optional.of(context.getAttributes(new javax.naming.ldap.LdapName(dn), attributes));
      } catch (NameNotFoundException e) {
        return Optional.empty();
      } catch (NamingException e) {
        throw failure(e, settings.bindDn(), dn);
      }
    }

    @Override
    public void close() {
      closeQuietly(context, tls);
    }
  }

  /** What to tell the administrator about a failed operation. */
  private LdapException failure(NamingException e, String name, String base) {
    Throwable root = e.getRootCause() != null ? e.getRootCause() : e.getCause();
    String url = settings.url();
    if (e instanceof AuthenticationException) {
      return new LdapException(LdapException.Kind.CREDENTIALS, Message.of("ldap.bind.refused", name), e);
    }
    if (root instanceof SSLException || root instanceof java.security.cert.CertificateException) {
      return new LdapException(LdapException.Kind.UNREACHABLE, Message.of("ldap.tls.failed", url, reason(root)), e);
    }
    if (root instanceof UnknownHostException) {
      return new LdapException(LdapException.Kind.UNREACHABLE, Message.of("ldap.host.unknown", url), e);
    }
    if (root instanceof SocketTimeoutException || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
        .contains("timed out")) {
      return new LdapException(LdapException.Kind.UNREACHABLE, Message.of("ldap.timeout", url,
          settings.connectTimeoutSeconds(), settings.readTimeoutSeconds()), e);
    }
    if (e instanceof CommunicationException || e instanceof ServiceUnavailableException
        || root instanceof ConnectException || root instanceof IOException) {
      return new LdapException(LdapException.Kind.UNREACHABLE, Message.of("ldap.unreachable", url,
          reason(root == null ? e : root)), e);
    }
    if (e instanceof NameNotFoundException) {
      return new LdapException(LdapException.Kind.OTHER, Message.of("ldap.base.missing", base == null ? ""
          : base), e);
    }
    if (e instanceof InvalidSearchFilterException) {
      return new LdapException(LdapException.Kind.OTHER, Message.of("ldap.filter.invalid", reason(e)), e);
    }
    if (e instanceof SizeLimitExceededException) {
      return new LdapException(LdapException.Kind.OTHER, Message.of("ldap.sizelimit", settings.pageSize()), e);
    }
    return new LdapException(LdapException.Kind.OTHER, Message.of("ldap.failed", url, reason(e)), e);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    if (e instanceof NamingException naming) {
      message = naming.getExplanation();
    }
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static void closeQuietly(LdapContext context, StartTlsResponse tls) {
    try {
      if (tls != null) {
        tls.close();
      }
    } catch (IOException | RuntimeException e) {
      // closing anyway
    }
    try {
      if (context != null) {
        context.close();
      }
    } catch (NamingException | RuntimeException e) {
      // closing anyway
    }
  }
}

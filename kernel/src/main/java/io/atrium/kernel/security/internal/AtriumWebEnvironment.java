package io.atrium.kernel.security.internal;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.identity.ldap.LdapSignIn;
import io.atrium.kernel.rest.internal.PublicEndpoints;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.GuardedAuthenticator;
import io.atrium.kernel.security.LoginGuard;
import io.atrium.kernel.security.SessionRegistry;
import io.atrium.kernel.security.policy.PolicyService;
import java.time.Clock;
import java.util.List;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.lang.util.Initializable;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.filter.authc.AnonymousFilter;
import org.apache.shiro.web.filter.authc.LogoutFilter;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.filter.session.NoSessionCreationFilter;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Apache Shiro set up in code: who may reach which URL without signing in (health, the login page
 * and the static files it needs), form login for pages, token or basic authentication for REST.
 * Named in web.xml as {@code shiroEnvironmentClass}.
 */
public class AtriumWebEnvironment extends DefaultWebEnvironment implements Initializable {

  /** Where the login page lives. */
  public static final String LOGIN_URL = "/login.xhtml";

  /**
   * Authentication by local accounts first, so they sign in whether or not the LDAP server
   * answers, then by LDAP; authorization by {@code atrium}'s compiled policies for both.
   */
  static DefaultWebSecurityManager securityManager(AtriumRealm atrium, LdapRealm ldap) {
    return securityManager(atrium, ldap, new ModularRealmAuthenticator());
  }

  /** The realms behind an authenticator: local accounts first, the first success wins; no "remember me". */
  static DefaultWebSecurityManager securityManager(AtriumRealm atrium, LdapRealm ldap,
      ModularRealmAuthenticator authenticator) {
    authenticator.setAuthenticationStrategy(new MostTellingFailureStrategy());
    DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager();
    securityManager.setAuthenticator(authenticator);
    securityManager.setRealms(List.of(atrium, ldap));
    // sign-in always ends with the session, and REST calls never get cookies
    securityManager.setRememberMeManager(null);
    return securityManager;
  }


  @Override
  public void init() {
    AtriumRealm realm = new AtriumRealm(Bean.of(AccountStore.class), Bean.of(PolicyService.class), Clock.systemUTC());
    GuardedAuthenticator authenticator = new GuardedAuthenticator(Bean.of(LoginGuard.class));
    authenticator.getAuthenticationListeners().add(new SignInAudit(Bean.of(Audit.class), Clock.systemUTC()));
    LdapRealm ldap = new LdapRealm(Bean.of(LdapSignIn.class));
    DefaultWebSecurityManager securityManager = securityManager(realm, ldap, authenticator);
    setWebSecurityManager(securityManager);

    Bean<Kernel> kernel = Bean.of(Kernel.class);
    AtriumFormAuthenticationFilter form = new AtriumFormAuthenticationFilter(Bean.of(SessionRegistry.class),
        () -> kernel.get().settings().sessionIdleTimeout(), Clock.systemUTC());
    form.setLoginUrl(LOGIN_URL);
    form.setSuccessUrl("/");
    LogoutFilter logout = new LogoutFilter();
    logout.setRedirectUrl(LOGIN_URL);
    logout.setPostOnlyLogout(false);

    DefaultFilterChainManager chains = new DefaultFilterChainManager();
    chains.addFilter("anon", new AnonymousFilter());
    chains.addFilter("authc", form);
    Bean<PublicEndpoints> publicEndpoints = Bean.of(PublicEndpoints.class);
    chains.addFilter("api", new ApiAuthenticationFilter((method, path) -> publicEndpoints.get().isPublic(method, path)));
    chains.addFilter("logout", logout);
    chains.addFilter("noSession", new NoSessionCreationFilter());
    chains.createChain("/health/**", "anon");
    chains.createChain("/jakarta.faces.resource/**", "anon");
    chains.createChain("/favicon.ico", "anon");
    chains.createChain(LOGIN_URL, "authc");
    chains.createChain("/logout", "logout");
    chains.createChain("/api/**", "noSession, api");
    chains.createChain("/openapi/**", "noSession, api");
    chains.createChain("/openapi", "noSession, api");
    chains.createChain("/metrics/**", "noSession, api");
    chains.createChain("/metrics", "noSession, api");
    chains.createChain("/**", "authc");
    PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
    resolver.setFilterChainManager(chains);
    setFilterChainResolver(resolver);
  }
}

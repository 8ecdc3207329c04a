package io.atrium.web.me;

import io.atrium.kernel.security.AccountStore;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.TokenRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The signed-in user's API tokens: create one (name, days, optional scopes), see its secret this
 * once, list and revoke them. The same rules as {@code POST /api/v1/tokens}.
 */
@Named("myTokensPage")
@ViewScoped
public class MyTokensPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A scope is a permission pattern like {@code forms:leads:*}. */
  private static final Pattern SCOPE = Pattern.compile("\\*|[a-z*][a-z0-9*,-]*(:[a-z0-9*][a-z0-9*,-]*){0,3}");
  private static final int DEFAULT_DAYS = 90;
  private static final int MAX_DAYS = 3650;

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private List<TokenRow> tokens;
  private String name;
  private Integer days = DEFAULT_DAYS;
  private String scopes;
  private String secret;
  private String secretName;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads the tokens again. */
  public void refresh() {
    String owner = Guard.principal().username();
    tokens = kernel.accounts().tokens(Guard.principal().userId()).stream().map(t -> TokenRow.of(t, owner)).toList();
  }

  /** Creates a token; its secret is kept in this page only until the next action. */
  public void create() {
    secret = null;
    secretName = null;
    String clean = name == null ? "" : name.strip();
    boolean valid = true;
    if (clean.isEmpty() || clean.length() > 100) {
      messages.fieldError("tokenForm:name", messages.text("me.tokens.name.invalid"));
      valid = false;
    }
    if (days == null || days < 1 || days > MAX_DAYS) {
      messages.fieldError("tokenForm:days", messages.text("me.tokens.days.invalid", MAX_DAYS));
      valid = false;
    }
    Set<String> limited = null;
    if (scopes != null && !scopes.isBlank()) {
      limited = new LinkedHashSet<>();
      for (String part : scopes.split("[\\s;]+|,\\s+")) {
        String scope = part.strip();
        if (scope.isEmpty()) {
          continue;
        }
        if (!SCOPE.matcher(scope).matches()) {
          messages.fieldError("tokenForm:scopes", messages.text("me.tokens.scope.invalid", scope));
          valid = false;
        } else {
          limited.add(scope);
        }
      }
    }
    if (!valid) {
      return;
    }
    Instant now = kernel.clock().now();
    AccountStore.IssuedToken issued = kernel.accounts().issueToken(Guard.principal().userId(), clean, now,
        now.plus(Duration.ofDays(days)), limited);
    secret = issued.secret();
    secretName = clean;
    name = null;
    days = DEFAULT_DAYS;
    scopes = null;
    messages.info("me.tokens.created", clean);
    refresh();
  }

  /** Revokes one of the user's tokens. */
  public void revoke(String id) {
    secret = null;
    String tokenName = tokens.stream().filter(t -> t.id().equals(id)).map(TokenRow::name).findFirst().orElse(id);
    if (kernel.accounts().revokeToken(Guard.principal().userId(), id, kernel.clock().now())) {
      messages.info("me.tokens.revoked", tokenName);
    } else {
      messages.error("me.tokens.gone", tokenName);
    }
    refresh();
  }

  /** Forgets the secret shown. */
  public void hideSecret() {
    secret = null;
    secretName = null;
  }

  public List<TokenRow> getTokens() {
    return tokens;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Days until the token expires. */
  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  /** Optional permission patterns, separated by spaces or commas. */
  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  /** The secret of the token just created, or null. */
  public String getSecret() {
    return secret;
  }

  /** The name of the token just created. */
  public String getSecretName() {
    return secretName;
  }
}

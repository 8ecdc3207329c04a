package io.atrium.web.admin;

import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.ApiToken;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.TokenRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everyone's API tokens that are not revoked, with "revoke". */
@Named("tokensPage")
@ViewScoped
public class TokensPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private List<TokenRow> tokens;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads the tokens again. */
  public void refresh() {
    Guard.require(KernelPermissions.TOKENS_MANAGE);
    List<ApiToken> all = kernel.accounts().allTokens();
    Set<Long> owners = new HashSet<>();
    all.forEach(t -> owners.add(t.userId()));
    Map<Long, String> names = new HashMap<>();
    kernel.identities().users(owners).forEach(u -> names.put(u.id(), u.displayName() + " (" + u.username() + ")"));
    tokens = all.stream().map(t -> TokenRow.of(t, names.getOrDefault(t.userId(), "#" + t.userId()))).toList();
  }

  public List<TokenRow> getTokens() {
    return tokens;
  }

  /** Revokes anyone's token. */
  public void revoke(String id) {
    Guard.require(KernelPermissions.TOKENS_MANAGE);
    String name = tokens.stream().filter(t -> t.id().equals(id)).map(TokenRow::name).findFirst().orElse(id);
    if (kernel.accounts().revokeAnyToken(id, kernel.clock().now())) {
      kernel.audit().record(AuditEvent.admin("token.revoke", "token", id, Map.of(), Map.of("name", name)));
      messages.info("admin.tokens.revoked", name);
    } else {
      messages.error("admin.tokens.gone", name);
    }
    refresh();
  }
}

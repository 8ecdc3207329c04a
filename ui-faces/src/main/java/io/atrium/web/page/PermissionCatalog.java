package io.atrium.web.page;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.security.PermissionDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The permissions there are to grant: the kernel's, then each running plugin's, labelled in the
 * user's language the way {@code PermissionResource} labels them.
 */
@ApplicationScoped
public class PermissionCatalog {

  /** Source name of the kernel's own permissions. */
  public static final String KERNEL = "kernel";

  /**
   * A permission with its label.
   *
   * @param name the permission string
   * @param label what it allows, translated
   */
  public record Permission(String name, String label) implements Serializable {
  }

  /**
   * The permissions of one source.
   *
   * @param source {@code kernel} or a plugin id
   * @param permissions its permissions in declaration order
   */
  public record Source(String source, List<Permission> permissions) implements Serializable {
  }

  @Inject
  KernelServices kernel;

  /** Every declared permission by source: the kernel first, then plugins by id. */
  public List<Source> sources(Locale locale) {
    List<Source> sources = new ArrayList<>();
    List<Permission> own = new ArrayList<>();
    for (String permission : KernelPermissions.ALL) {
      own.add(new Permission(permission, KernelTexts.format(locale, "permission." + permission.replace(':', '.'))));
    }
    sources.add(new Source(KERNEL, own));
    Map<String, List<Permission>> byPlugin = new java.util.TreeMap<>();
    for (Contribution<PermissionContribution> contribution : kernel.kernel().permissionContributions().all()) {
      List<Permission> list = byPlugin.computeIfAbsent(contribution.pluginId(), k -> new ArrayList<>());
      for (PermissionDefinition definition : contribution.service().permissions()) {
        list.add(new Permission(definition.name(), kernel.ui().text(definition.labelKey(), locale)
            .orElse(definition.name())));
      }
    }
    byPlugin.forEach((plugin, list) -> sources.add(new Source(plugin, list)));
    return sources;
  }

  /** The permissions a plugin declares, labelled. */
  public List<Permission> ofPlugin(String pluginId, Locale locale) {
    return sources(locale).stream().filter(s -> s.source().equals(pluginId)).findFirst().map(Source::permissions)
        .orElse(List.of());
  }

  /** Permission name to label, over every source. */
  public Map<String, String> labels(Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    sources(locale).forEach(s -> s.permissions().forEach(p -> labels.putIfAbsent(p.name(), p.label())));
    return labels;
  }
}

package io.atrium.sdk.security;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** The permissions a plugin declares; register one as a service so roles can grant them. */
@ConsumerType
public interface PermissionContribution {

  /** The declared permissions. */
  List<PermissionDefinition> permissions();
}

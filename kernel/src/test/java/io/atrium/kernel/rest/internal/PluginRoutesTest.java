package io.atrium.kernel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginRoutesTest {

  @Test
  void aPluginMayServeItsIdAndPathsStartingWithIt() {
    assertThat(PluginRoutes.pathProblem("forms", "forms")).isNull();
    assertThat(PluginRoutes.pathProblem("forms", "forms-admin")).isNull();
    assertThat(PluginRoutes.pathProblem("crm-lite", "crm-lite-v2")).isNull();
  }

  @Test
  void otherPathsAreRefusedWithTheReason() {
    assertThat(PluginRoutes.pathProblem("forms", "users")).contains("must be the plugin id 'forms'");
    assertThat(PluginRoutes.pathProblem("forms", "formsx")).contains("start with 'forms-'");
    assertThat(PluginRoutes.pathProblem("forms", "Forms")).contains("lower-case");
    assertThat(PluginRoutes.pathProblem("forms", "forms/admin")).contains("lower-case");
    assertThat(PluginRoutes.pathProblem("forms", "forms--x")).contains("single dashes");
    assertThat(PluginRoutes.pathProblem("forms", null)).isNotNull();
  }
}

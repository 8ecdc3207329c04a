package io.atrium.kernel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.rest.PublicAccess;
import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.rest.SignedIn;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class PluginAccessTest {

  @RequiresPermission("demo:thing:view")
  static class Guarded {
    @GET
    public String inherited() {
      return "";
    }

    @GET
    @Path("open")
    @SignedIn
    public String open() {
      return "";
    }

    @GET
    @Path("anyone")
    @PublicAccess
    public String anyone() {
      return "";
    }

    @GET
    @Path("both")
    @SignedIn
    @RequiresPermission("demo:thing:edit")
    public String both() {
      return "";
    }
  }

  static class Bare {
    @GET
    public String forgotten() {
      return "";
    }
  }

  @SignedIn
  static class Welcoming {
    @GET
    public String any() {
      return "";
    }
  }

  interface Contract {
    @GET
    @RequiresPermission("demo:thing:view")
    String get();
  }

  static class Implementation implements Contract {
    @Override
    public String get() {
      return "";
    }
  }

  private static PluginAccess of(Class<?> type, String method) throws NoSuchMethodException {
    return PluginAccess.of(type, type.getMethod(method));
  }

  @Test
  void theMethodsAnnotationDecidesElseTheClasss() throws Exception {
    assertThat(of(Guarded.class, "inherited")).isEqualTo(new PluginAccess("demo:thing:view", false, false));
    assertThat(of(Guarded.class, "open")).isEqualTo(new PluginAccess(null, true, false));
    assertThat(of(Welcoming.class, "any")).isEqualTo(new PluginAccess(null, true, false));
  }

  @Test
  void aPermissionWinsOverSignedInOnTheSameMethod() throws Exception {
    assertThat(of(Guarded.class, "both").permission()).isEqualTo("demo:thing:edit");
    assertThat(of(Guarded.class, "both").kind()).isEqualTo("permission");
  }

  @Test
  void publicAccessOnTheMethodOpensItToAnonymousCallersWhateverTheClassSays() throws Exception {
    assertThat(of(Guarded.class, "anyone")).isEqualTo(PluginAccess.PUBLIC);
    assertThat(of(Guarded.class, "anyone").kind()).isEqualTo("public");
    assertThat(of(Guarded.class, "inherited").open()).isFalse();
    assertThat(of(Welcoming.class, "any").open()).as("@SignedIn is not public").isFalse();
  }

  @Test
  void aMethodWithoutEitherIsClosed() throws Exception {
    assertThat(of(Bare.class, "forgotten")).isEqualTo(PluginAccess.CLOSED);
    assertThat(PluginAccess.CLOSED.kind()).isEqualTo("closed");
  }

  @Test
  void annotationsOnAnImplementedInterfaceMethodCount() throws Exception {
    assertThat(of(Implementation.class, "get").permission()).isEqualTo("demo:thing:view");
  }

  @Test
  void onlyClassesOfBundlesArePluginClasses() {
    assertThat(PluginAccess.isPluginClass(Guarded.class)).isFalse();
    assertThat(PluginAccess.isPluginClass(String.class)).isFalse();
    assertThat(PluginAccess.isPluginClass(null)).isFalse();
  }
}

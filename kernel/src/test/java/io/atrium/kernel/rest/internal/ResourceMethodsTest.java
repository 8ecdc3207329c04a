package io.atrium.kernel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.rest.SignedIn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {

  static class Items {
    @GET
    @SignedIn
    public List<String> list() {
      return List.of();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("demo:item:delete")
    public void delete(long id) {
    }
  }

  static class Api {
    @GET
    @Path("/things/")
    @RequiresPermission("demo:thing:view")
    public String things() {
      return "";
    }

    @POST
    @Path("things")
    @Consumes("application/json")
    @RequiresPermission("demo:thing:edit")
    public String add(String body) {
      return "";
    }

    @GET
    public String root() {
      return "";
    }

    @Path("items")
    public Items items() {
      return new Items();
    }

    @Path("anything")
    public Object anything() {
      return new Items();
    }

    public String notRest() {
      return "";
    }
  }

  @Test
  void listsEveryMethodWithItsFullPathAccessAndMediaType() {
    List<String> endpoints = ResourceMethods.endpoints(Api.class, "/v1/demo", "demo").stream()
        .map(e -> e.method() + " " + e.path() + " " + e.access() + " " + e.permission() + " " + e.consumes() + " "
            + e.plugin())
        .toList();

    assertThat(endpoints).containsExactlyInAnyOrder(
        "GET /v1/demo/things permission demo:thing:view null demo",
        "POST /v1/demo/things permission demo:thing:edit application/json demo",
        "GET /v1/demo closed null null demo",
        "GET /v1/demo/items authenticated null null demo",
        "DELETE /v1/demo/items/{id} permission demo:item:delete null demo");
  }
}

package io.atrium.workflows.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.testkit.OpenApiCheck;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code META-INF/atrium/openapi.json} against the code (the test kit's {@link OpenApiCheck}): every
 * endpoint the {@code *Resource} classes of this package serve is documented and every documented
 * one served, with the parameters, bodies and public access of the Java methods.
 */
class OpenApiDocumentTest {

  private static OpenApiCheck check;

  @BeforeAll
  static void read() {
    check = OpenApiCheck.of(OpenApiDocumentTest.class, "workflows");
  }

  @Test
  void theDocumentIsOpenApi3WithPathsComponentsAndTags() {
    assertThat(check.structureProblems()).isEmpty();
  }

  @Test
  void everyResourceClassOfThePackageIsReachedFromAPluginRoute() {
    assertThat(check.served()).as("endpoints found by reflection").isNotEmpty();
    assertThat(check.reached()).containsAll(check.resourceClasses());
  }

  @Test
  void everyServedEndpointIsDocumentedAndEveryDocumentedOneIsServed() {
    assertThat(check.coverageProblems()).isEmpty();
  }

  @Test
  void anEndpointLeftOutOfTheDocumentIsNoticed() {
    String path = "/api/v1/workflows/definitions/{key}";
    assertThat(check.coverageProblemsWithout(path))
        .contains(Stream.of("GET " + path, "PUT " + path).map(e -> "served but not documented: " + e).toArray(String[]::new));
  }

  @Test
  void pathParametersAreTheTemplatesAndQueryParametersThoseOfTheCode() {
    assertThat(check.parameterProblems()).isEmpty();
  }

  @Test
  void aRequestBodyIsDocumentedExactlyWhereTheCodeReadsOneInTheTypesItConsumes() {
    assertThat(check.bodyProblems()).isEmpty();
  }

  @Test
  void publicEndpointsNeedNoCredentialsAndAllOthersDocument401() {
    assertThat(check.accessProblems()).isEmpty();
  }

  @Test
  void everyOperationHasATagASummaryAndASuccessAnswer() {
    assertThat(check.operationProblems()).isEmpty();
  }

  @Test
  void componentsArePrefixedWithThePluginIdAndEveryReferenceResolves() {
    assertThat(check.componentProblems()).isEmpty();
  }
}

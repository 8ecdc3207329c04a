package io.atrium.kernel.rest;

import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.kernel.identity.DirectorySources;
import io.atrium.kernel.identity.SyncRun;
import io.atrium.kernel.identity.ldap.LdapAdmin;
import io.atrium.kernel.identity.ldap.LdapSettings;
import io.atrium.kernel.security.KernelPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The LDAP directory's settings, the directory sources and their syncs. */
@Path("v1/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "LDAP / Active Directory and other directory sources feeding the org chart")
public class DirectoryResource {

  /** One line of the group mapping: a group's DN or cn, and the Atrium roles its members get. */
  public record GroupRoleView(String group, List<String> roles) {
  }

  /**
   * The LDAP settings as shown; the bind password is never returned, {@code passwordSet} tells
   * whether one is stored.
   */
  public record LdapSettingsView(boolean configured, boolean enabled, int syncIntervalMinutes, String url,
      boolean startTls, String bindDn, boolean passwordSet, String baseDn, String userFilter, String usernameAttribute,
      String externalIdAttribute, String displayNameAttribute, String emailAttribute, String mobileAttribute,
      String titleAttribute, String managerAttribute, String departmentAttribute, String memberOfAttribute,
      String groupBaseDn, String groupFilter, String groupMemberAttribute, int pageSize, int connectTimeoutSeconds,
      int readTimeoutSeconds, List<GroupRoleView> groupRoles) {
  }

  /**
   * LDAP settings to store or test. Fields left out take their defaults; {@code password} is the
   * bind password, left out (or empty) to keep the stored one.
   */
  public record LdapSettingsInput(Boolean enabled, Integer syncIntervalMinutes, String url, Boolean startTls,
      String bindDn, String password, String baseDn, String userFilter, String usernameAttribute,
      String externalIdAttribute, String displayNameAttribute, String emailAttribute, String mobileAttribute,
      String titleAttribute, String managerAttribute, String departmentAttribute, String memberOfAttribute,
      String groupBaseDn, String groupFilter, String groupMemberAttribute, Integer pageSize,
      Integer connectTimeoutSeconds, Integer readTimeoutSeconds, List<GroupRoleView> groupRoles) {
  }

  /** The outcome of a connection test. */
  public record TestView(boolean ok, int people, int departments, int groups, String message) {
  }

  /** A new schedule for a source. */
  public record ScheduleInput(Boolean enabled, Integer intervalMinutes) {
  }

  /** The report of a sync, its texts in the caller's language. */
  public record RunView(long id, String sourceId, String trigger, Instant startedAt, Instant finishedAt,
      boolean succeeded, int peopleCreated, int peopleUpdated, int peopleLeft, int peopleSkipped,
      int departmentsCreated, int departmentsUpdated, int departmentsRemoved, List<String> warnings, String error) {
  }

  /** A directory source with its newest report. */
  public record SourceView(String id, String origin, boolean available, boolean enabled, int intervalMinutes,
      boolean running, RunView lastRun) {
  }

  @Inject
  LdapAdmin ldap;

  @Inject
  DirectorySources sources;

  @Context
  HttpHeaders headers;

  @GET
  @Path("ldap")
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Shows the LDAP settings (never the bind password)")
  public LdapSettingsView ldapSettings() {
    return view(ldap.settings());
  }

  @PUT
  @Path("ldap")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Stores the LDAP settings",
      description = "The bind password is stored encrypted and never returned; leave it out to keep the stored one.")
  @APIResponse(responseCode = "200", description = "Stored")
  @APIResponse(responseCode = "422", description = "Some settings are invalid; errors lists each with its field")
  public LdapSettingsView saveLdapSettings(LdapSettingsInput input) {
    if (input == null) {
      throw new IllegalArgumentException("Send the settings as a JSON object.");
    }
    return view(ldap.save(settings(input), input.password()));
  }

  @DELETE
  @Path("ldap")
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Disconnects LDAP: forgets its settings and password; sign-in through LDAP and its sync stop")
  public Response disconnectLdap() {
    ldap.disconnect();
    return Response.noContent().build();
  }

  @POST
  @Path("ldap/test")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Tests LDAP settings: binds and counts people, departments and groups",
      description = "Without a body the stored settings are tested. Nothing is stored. A failed test answers 200 "
          + "with ok false and a message saying what to fix.")
  public TestView testLdap(LdapSettingsInput input) {
    LdapAdmin.TestResult result = input == null ? ldap.test(null, null) : ldap.test(settings(input),
        input.password());
    return new TestView(result.ok(), result.people(), result.departments(), result.groups(),
        result.message().in(locale()));
  }

  @GET
  @Path("sources")
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Lists the directory sources (LDAP and plugins') with their newest report")
  public List<SourceView> sources() {
    return sources.sources().stream().map(this::view).toList();
  }

  @PUT
  @Path("sources/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Sets how often a source is synced; a disabled source syncs only on demand")
  @APIResponse(responseCode = "404", description = "No such source")
  public SourceView schedule(@PathParam("id") String id, ScheduleInput input) {
    DirectorySources.SourceStatus current = sources.source(id);
    boolean enabled = input == null || input.enabled() == null ? current.enabled() : input.enabled();
    int interval = input == null || input.intervalMinutes() == null ? current.intervalMinutes()
        : input.intervalMinutes();
    return view(sources.setSchedule(id, enabled, interval));
  }

  @POST
  @Path("sources/{id}/sync")
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Syncs a source now and returns the report",
      description = "A failed sync answers 200 with succeeded false and the error; it changed nothing.")
  @APIResponse(responseCode = "404", description = "No such source")
  @APIResponse(responseCode = "409", description = "The source is being synced already, or is not available")
  public RunView sync(@PathParam("id") String id) {
    return view(sources.syncNow(id));
  }

  @GET
  @Path("sources/{id}/runs")
  @RequiresPermission(KernelPermissions.DIRECTORY_MANAGE)
  @Operation(summary = "Lists a source's sync reports, newest first")
  @APIResponse(responseCode = "404", description = "No such source")
  public List<RunView> runs(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") int limit) {
    return sources.runs(id, limit).stream().map(this::view).toList();
  }

  // --------------------------------------------------------------------------------- mapping

  private LdapSettingsView view(LdapSettings s) {
    return new LdapSettingsView(ldap.configured(), s.enabled(), s.syncIntervalMinutes(), s.url(), s.startTls(),
        s.bindDn(), ldap.hasPassword(), s.baseDn(), s.userFilter(), s.usernameAttribute(), s.externalIdAttribute(),
        s.displayNameAttribute(), s.emailAttribute(), s.mobileAttribute(), s.titleAttribute(), s.managerAttribute(),
        s.departmentAttribute(), s.memberOfAttribute(), s.groupBaseDn(), s.groupFilter(), s.groupMemberAttribute(),
        s.pageSize(), s.connectTimeoutSeconds(), s.readTimeoutSeconds(), s.groupRoles().stream()
            .map(g -> new GroupRoleView(g.group(), g.roles())).toList());
  }

  /** Settings from input, its missing parts from the defaults. */
  static LdapSettings settings(LdapSettingsInput in) {
    LdapSettings d = LdapSettings.defaults();
    List<LdapSettings.GroupRole> mapping = in.groupRoles() == null ? List.of() : in.groupRoles().stream()
        .map(g -> new LdapSettings.GroupRole(g.group() == null ? "" : g.group(), g.roles() == null ? List.of()
            : g.roles().stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList()))
        .toList();
    return new LdapSettings(or(in.enabled(), true), or(in.syncIntervalMinutes(), d.syncIntervalMinutes()),
        in.url(), or(in.startTls(), d.startTls()), in.bindDn(), in.baseDn(), or(in.userFilter(), d.userFilter()),
        or(in.usernameAttribute(), d.usernameAttribute()), or(in.externalIdAttribute(), d.externalIdAttribute()),
        or(in.displayNameAttribute(), d.displayNameAttribute()), or(in.emailAttribute(), d.emailAttribute()),
        or(in.mobileAttribute(), d.mobileAttribute()), or(in.titleAttribute(), d.titleAttribute()),
        or(in.managerAttribute(), d.managerAttribute()), or(in.departmentAttribute(), d.departmentAttribute()),
        or(in.memberOfAttribute(), d.memberOfAttribute()), or(in.groupBaseDn(), d.groupBaseDn()),
        or(in.groupFilter(), d.groupFilter()), or(in.groupMemberAttribute(), d.groupMemberAttribute()),
        or(in.pageSize(), d.pageSize()), or(in.connectTimeoutSeconds(), d.connectTimeoutSeconds()),
        or(in.readTimeoutSeconds(), d.readTimeoutSeconds()), mapping);
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private SourceView view(DirectorySources.SourceStatus s) {
    return new SourceView(s.id(), s.origin(), s.available(), s.enabled(), s.intervalMinutes(), s.running(),
        s.lastRun() == null ? null : view(s.lastRun()));
  }

  private RunView view(SyncRun run) {
    Locale locale = locale();
    var r = run.result();
    return new RunView(run.id(), run.sourceId(), run.trigger().name(), run.startedAt(), run.finishedAt(),
        run.succeeded(), r.peopleCreated(), r.peopleUpdated(), r.peopleLeft(), r.peopleSkipped(),
        r.departmentsCreated(), r.departmentsUpdated(), r.departmentsRemoved(),
        r.warnings().stream().map(w -> w.in(locale)).toList(), run.error() == null ? null : run.error().in(locale));
  }

  /** The caller's language from Accept-Language: Chinese when asked for, else English. */
  private Locale locale() {
    if (headers != null) {
      for (Locale locale : headers.getAcceptableLanguages()) {
        if ("zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
          return KernelTexts.supported(locale);
        }
      }
    }
    return Locale.ROOT;
  }
}

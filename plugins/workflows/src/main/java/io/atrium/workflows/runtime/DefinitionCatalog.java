package io.atrium.workflows.runtime;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.DefinitionChecks;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.json.ProcessDefinitionJson;
import io.atrium.workflows.engine.DefinitionSource;
import io.atrium.workflows.storage.JdbcDefinitionStore;
import io.atrium.workflows.storage.PublishedVersion;
import io.atrium.workflows.storage.StoredProcess;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The processes the designer works on: drafts saved as JSON (checked for structure), published
 * as new immutable versions after the designer's checks against the bound record source. Callers
 * check the design permission (the REST methods carry it).
 */
@Component(service = DefinitionCatalog.class)
public class DefinitionCatalog {

  private final JdbcDefinitionStore store;
  private final Transactions transactions;
  private final DefinitionChecks checks;
  private final RecordSources sources;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final ProcessDefinitionJson json = new ProcessDefinitionJson();

  /** Declarative Services injects the host services. */
  @Activate
  public DefinitionCatalog(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference DefinitionChecks checks, @Reference RecordSources sources, @Reference CurrentUser user,
      @Reference AtriumClock clock) {
    this.store = new JdbcDefinitionStore(persistence, transactions);
    this.transactions = transactions;
    this.checks = checks;
    this.sources = sources;
    this.user = user;
    this.clock = clock;
  }

  /** The published versions, for the engine. */
  public DefinitionSource source() {
    return store;
  }

  /** Every process. */
  public List<StoredProcess> list() {
    return store.list();
  }

  /** A process by key. */
  public Optional<StoredProcess> process(String key) {
    return store.process(key);
  }

  /** The published versions of a process, oldest first. */
  public List<PublishedVersion> versions(String key) {
    return store.versions(key);
  }

  /**
   * Creates a process from its first draft.
   *
   * @throws io.atrium.workflows.definition.json.InvalidDefinitionException when the JSON's structure is wrong
   * @throws WorkflowsConflictException when the key is taken
   */
  public StoredProcess create(String sourceKey, JsonValue definitionJson) {
    ProcessDefinition definition = json.read(definitionJson);
    StoredProcess process = draft(definition, sourceKey, definitionJson, 0);
    return transactions.required(() -> {
      if (store.process(process.key()).isPresent()) {
        throw new WorkflowsConflictException(WorkflowsMessage.of("workflows.runtime.processExists", process.key()));
      }
      store.insert(process);
      return process;
    });
  }

  /** Replaces the draft of a process; its key in the JSON must be {@code key}. */
  public StoredProcess saveDraft(String key, String sourceKey, JsonValue definitionJson) {
    ProcessDefinition definition = json.read(definitionJson);
    if (!definition.key().equals(key)) {
      throw new BadRequestProblem("$.definition.key", "The definition's key is '" + definition.key()
          + "', but it is saved as '" + key + "'");
    }
    return transactions.required(() -> {
      StoredProcess stored = store.process(key).orElseThrow(() -> unknown(key));
      StoredProcess saved = draft(definition, sourceKey, definitionJson, stored.latestVersion());
      store.saveDraft(saved);
      return saved;
    });
  }

  /**
   * Publishes the draft as the next version, after the designer's checks.
   *
   * @throws io.atrium.workflows.definition.json.InvalidDefinitionException with every problem found
   */
  public PublishedVersion publish(String key) {
    return transactions.required(() -> {
      StoredProcess process = store.process(key).orElseThrow(() -> unknown(key));
      ProcessDefinition definition = checks.readPublishable(process.draftJson(), fieldsOf(process.sourceKey()));
      int version = store.publish(process, definition, user.userId().orElse(null), clock.now())
          .orElseThrow(() -> new WorkflowsConflictException(WorkflowsMessage.of("workflows.runtime.publishedMeanwhile",
              key)));
      return store.versions(key).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    });
  }

  private StoredProcess draft(ProcessDefinition definition, String sourceKey, JsonValue definitionJson, int latest) {
    if (sourceKey == null || sourceKey.isBlank()) {
      throw new BadRequestProblem("$.source", "Name the record source the process approves, e.g. forms.campaign");
    }
    if (!definition.key().matches("[A-Za-z0-9_-]{1,100}")) {
      throw new BadRequestProblem("$.definition.key", "A process key has 1 to 100 letters, digits, _ and -, not '"
          + definition.key() + "'");
    }
    if (sources.source(sourceKey).isEmpty()) {
      throw new BadRequestProblem("$.source", WorkflowsMessage.of("workflows.runtime.unknownSource", sourceKey)
          .text(user.locale()));
    }
    return new StoredProcess(definition.key(), definition.name(), sourceKey, definitionJson.toString(), latest,
        user.userId().orElse(null), clock.now());
  }

  private Set<String> fieldsOf(String sourceKey) {
    return sources.source(sourceKey).map(s -> s.schema().fields().stream().map(RecordField::name)
        .collect(Collectors.toSet())).orElse(null);
  }

  private static WorkflowsNotFoundException unknown(String key) {
    return new WorkflowsNotFoundException(WorkflowsMessage.of("workflows.runtime.unknownProcess", key));
  }
}

package io.atrium.kernel.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/** A persistence unit described in code rather than in a persistence.xml. */
record PluginUnitInfo(
    String name,
    ClassLoader classLoader,
    List<String> entityClassNames,
    PersistenceUnitTransactionType transactionType,
    DataSource dataSource,
    Properties properties,
    URL rootUrl) implements PersistenceUnitInfo {

  @Override
  public String getPersistenceUnitName() {
    return name;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return "org.eclipse.persistence.jpa.PersistenceProvider";
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return transactionType;
  }

  @Override
  public DataSource getJtaDataSource() {
    return transactionType == PersistenceUnitTransactionType.JTA ? dataSource : null;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return transactionType == PersistenceUnitTransactionType.RESOURCE_LOCAL ? dataSource : null;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return rootUrl;
  }

  @Override
  public List<String> getManagedClassNames() {
    return entityClassNames;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return properties;
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.0";
  }

  @Override
  public ClassLoader getClassLoader() {
    return classLoader;
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // classes are not woven: plugin bundles are loaded before any unit exists
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return classLoader;
  }
}

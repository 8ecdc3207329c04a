package io.atrium.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JDBC through {@code persistence().dataSource()} shares the transaction of the JPA work, as JTA makes it on the server. */
class JdbcWithJpaTest {

  private PluginTestKit kit;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("kit-test").migrations("db/kit-test").entities(KitNote.class).start();
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  private static void insert(DataSource dataSource, long id, String text) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO kit_test_note (id, text) VALUES (?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, text);
      insert.executeUpdate();
    }
  }

  private static List<String> texts(DataSource dataSource) throws SQLException {
    List<String> texts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT text FROM kit_test_note ORDER BY id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
    }
    return texts;
  }

  @Test
  void jdbcAndJpaWorkCommitTogether() throws Exception {
    DataSource jdbc = kit.persistence().dataSource();
    kit.transactions().required(() -> {
      // JDBC first, before the entity manager has touched the database
      insert(jdbc, 1, "jdbc first");
      EntityManager entityManager = kit.persistence().entityManager();
      assertThat(entityManager.find(KitNote.class, 1L).text()).as("JPA reads the uncommitted JDBC row")
          .isEqualTo("jdbc first");
      entityManager.persist(new KitNote(2, "jpa"));
      entityManager.flush();
      assertThat(texts(jdbc)).as("JDBC reads the flushed JPA row").containsExactly("jdbc first", "jpa");
      insert(jdbc, 3, "jdbc last");
      return null;
    });

    assertThat(texts(kit.dataSource())).containsExactly("jdbc first", "jpa", "jdbc last");
  }

  @Test
  void jdbcAndJpaWorkRollBackTogether() throws Exception {
    DataSource jdbc = kit.persistence().dataSource();
    assertThatThrownBy(() -> kit.transactions().required(() -> {
      kit.persistence().entityManager().persist(new KitNote(1, "jpa"));
      insert(jdbc, 2, "jdbc");
      throw new IllegalStateException("the work failed");
    })).hasMessage("the work failed");

    kit.transactions().required(() -> {
      insert(jdbc, 3, "jdbc alone");
      kit.transactions().setRollbackOnly();
      return null;
    });

    assertThat(texts(kit.dataSource())).isEmpty();
  }

  @Test
  void outsideATransactionEachStatementCommitsOnItsOwn() throws Exception {
    insert(kit.persistence().dataSource(), 1, "alone");

    assertThat(texts(kit.dataSource())).containsExactly("alone");
  }
}

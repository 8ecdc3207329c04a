package io.atrium.systemtests;

/** The life of an installation on its default database, H2. */
class ServerLifecycleH2IT extends ServerLifecycleTests {

  @Override
  String name() {
    return "lifecycle-h2";
  }

  @Override
  Database database() {
    return Database.h2();
  }
}

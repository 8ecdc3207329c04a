package io.atrium.sdk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a {@link DirectorySource} holds right now: departments and people with their outside ids. */
public final class DirectorySnapshot {

  private final List<Unit> departments;
  private final List<Member> people;

  private DirectorySnapshot(List<Unit> departments, List<Member> people) {
    this.departments = List.copyOf(departments);
    this.people = List.copyOf(people);
  }

  /** Starts an empty snapshot. */
  public static Builder builder() {
    return new Builder();
  }

  /** The departments. */
  public List<Unit> departments() {
    return departments;
  }

  /** The people. */
  public List<Member> people() {
    return people;
  }

  /**
   * A department as the outside directory knows it.
   *
   * @param externalId its id there
   * @param name its name
   * @param parentExternalId its parent's id there, or null at the top
   * @param headExternalId the outside id of its head, or null
   */
  public record Unit(String externalId, String name, String parentExternalId, String headExternalId) {
    /** Checks the required parts. */
    public Unit {
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A person as the outside directory knows them.
   *
   * @param externalId their id there
   * @param username the login name in Atrium
   * @param displayName the name shown
   * @param email e-mail, or null
   * @param mobile mobile number, or null
   * @param departmentExternalId the outside id of their main department, or null
   * @param position job title, or null
   * @param managerExternalId the outside id of their manager, or null
   * @param active false for people who are disabled there
   */
  public record Member(String externalId, String username, String displayName, String email, String mobile,
      String departmentExternalId, String position, String managerExternalId, boolean active) {
    /** Checks the required parts. */
    public Member {
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(displayName, "displayName");
    }
  }

  /** Collects departments and people. */
  public static final class Builder {
    private final List<Unit> departments = new ArrayList<>();
    private final List<Member> people = new ArrayList<>();

    private Builder() {
    }

    /** Adds a department. */
    public Builder department(Unit department) {
      departments.add(Objects.requireNonNull(department));
      return this;
    }

    /** Adds a person. */
    public Builder person(Member person) {
      people.add(Objects.requireNonNull(person));
      return this;
    }

    /** Builds the snapshot. */
    public DirectorySnapshot build() {
      return new DirectorySnapshot(departments, people);
    }
  }
}

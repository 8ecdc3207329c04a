package io.atrium.kernel.identity;

import java.util.List;

/**
 * A user group: people who are treated alike, e.g. for approvals or role grants.
 *
 * @param id group id
 * @param name unique name
 * @param description what it is for, or null
 * @param memberIds user ids of its members
 * @param roles names of the roles its members get
 */
public record GroupRecord(long id, String name, String description, List<Long> memberIds, List<String> roles) {
}

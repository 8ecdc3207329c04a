package io.atrium.web.admin;

import java.io.Serializable;

/**
 * A role as the roles page lists it.
 *
 * @param id role id
 * @param name name
 * @param description what it is for, or null
 * @param builtIn created by Atrium, fixed
 * @param permissions how many permission patterns it grants
 * @param holders how many people hold it directly
 */
public record RoleRow(long id, String name, String description, boolean builtIn, int permissions, long holders)
    implements Serializable {
}

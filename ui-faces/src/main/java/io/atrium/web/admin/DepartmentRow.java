package io.atrium.web.admin;

import java.io.Serializable;

/**
 * A department as the department tree shows it.
 *
 * @param id department id
 * @param name name
 * @param parentId parent, or null at the top
 * @param headName the head's name, or null
 * @param members how many people have it as their main department
 * @param source the outside directory it comes from, or null
 */
public record DepartmentRow(long id, String name, Long parentId, String headName, long members, String source)
    implements Serializable {
}

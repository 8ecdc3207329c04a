package io.atrium.kernel.identity;

/**
 * A department as the kernel stores it.
 *
 * @param id department id
 * @param name name, unique among its siblings
 * @param parentId parent, or null at the top
 * @param headId head's user id, or null
 * @param sortOrder position among siblings
 * @param externalSource the directory it comes from, or null
 * @param version optimistic-lock version
 */
public record DepartmentRecord(long id, String name, Long parentId, Long headId, int sortOrder, String externalSource,
    long version) {
}

package io.imageshare.core;

import java.util.List;
import java.util.Set;

/**
 * A listing of images in one product and region, from the caller's point of view. Empty lists and
 * null values mean "no filter". {@code includeSwasSharedToEcs} adds the caller's SWAS images that
 * were shared to ECS (ECS listings only). {@code names} keeps images whose name is one of them.
 */
public record ImageQuery(
        Product product,
        String region,
        AccountId caller,
        Set<Visibility> visibility,
        List<String> imageIds,
        String nameContains,
        Set<String> names,
        Set<String> statuses,
        AccountId owner,
        boolean includeSwasSharedToEcs,
        PageRequest page) {

    public ImageQuery {
        visibility = Set.copyOf(visibility);
        imageIds = imageIds == null ? List.of() : List.copyOf(imageIds);
        names = names == null ? Set.of() : Set.copyOf(names);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** A listing without a filter on exact names. */
    public ImageQuery(Product product, String region, AccountId caller, Set<Visibility> visibility,
                      List<String> imageIds, String nameContains, Set<String> statuses, AccountId owner,
                      boolean includeSwasSharedToEcs, PageRequest page) {
        this(product, region, caller, visibility, imageIds, nameContains, Set.of(), statuses, owner,
                includeSwasSharedToEcs, page);
    }
}

package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.Echo;
import io.imageshare.api.tencent.TencentCommonError;
import io.imageshare.api.tencent.TencentException;
import io.imageshare.api.tencent.TencentParams.Filter;
import io.imageshare.core.Visibility;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which images a DescribeImages call asks for: by {@code ImageIds}, or by {@code Filters}, whose values
 * are alternatives and which all must hold (api-reference D.3). Every visibility by default: the
 * caller's own images, those shared with it and public ones (ImageShare hosts no official images,
 * so {@code PUBLIC_IMAGE} finds none).
 */
record ImageSelection(Set<Visibility> visibility, List<String> imageIds, String nameContains, boolean matchesNothing) {
    static final int MAX_FILTERS = 10;
    static final int MAX_FILTER_VALUES = 5;

    static ImageSelection ofIds(List<String> ids) {
        return new ImageSelection(EnumSet.allOf(Visibility.class), ids, null, false);
    }

    static ImageSelection of(List<Filter> filters) {
        if (filters.size() > MAX_FILTERS) {
            throw TencentException.of(CvmError.LIMIT_EXCEEDED, "Filters", MAX_FILTERS);
        }
        Set<Visibility> visibility = EnumSet.allOf(Visibility.class);
        Set<String> ids = null;
        String name = null;
        boolean nothing = false;
        for (Filter f : filters) {
            if (f.name() == null || f.name().isEmpty()) {
                throw TencentException.of(TencentCommonError.MISSING_PARAMETER, "Filters." + f.index() + ".Name");
            }
            if (f.values().isEmpty()) {
                throw TencentException.of(TencentCommonError.MISSING_PARAMETER, f.valuesName());
            }
            if (f.values().size() > MAX_FILTER_VALUES) {
                throw TencentException.of(CvmError.FILTER_VALUES_LIMIT, Echo.name(f.name()), MAX_FILTER_VALUES);
            }
            switch (f.name()) {
                case "image-id" -> {
                    Set<String> these = new LinkedHashSet<>(CvmInput.imageIds(f.valuesName(), f.values()));
                    if (ids != null) {
                        these.retainAll(ids);
                    }
                    ids = these;
                }
                case "image-type" -> visibility.retainAll(visibilities(f));
                case "image-name" -> {
                    // The core matches one name fragment; several alternatives would need an OR of them.
                    if (name != null || f.values().size() > 1) {
                        throw TencentException.of(CvmError.FILTER_VALUES_LIMIT, "image-name", 1);
                    }
                    name = f.values().get(0);
                }
                default -> {
                    // No image here carries tags, so a tag filter matches none; other filters are not kept.
                    if (f.name().equals("tag-key") || f.name().equals("tag-value") || f.name().startsWith("tag:")) {
                        nothing = true;
                    } else {
                        throw TencentException.of(CvmError.INVALID_FILTER, Echo.name(f.name()));
                    }
                }
            }
        }
        nothing |= visibility.isEmpty() || ids != null && ids.isEmpty();
        return new ImageSelection(visibility, ids == null ? List.of() : List.copyOf(ids), name, nothing);
    }

    private static Set<Visibility> visibilities(Filter f) {
        Set<Visibility> out = EnumSet.noneOf(Visibility.class);
        for (int i = 0; i < f.values().size(); i++) {
            switch (f.values().get(i)) {
                case "PRIVATE_IMAGE" -> out.add(Visibility.OWN);
                case "SHARED_IMAGE" -> out.add(Visibility.SHARED_WITH_ME);
                case "PUBLIC_IMAGE" -> out.add(Visibility.PUBLIC);
                default -> throw TencentException.of(TencentCommonError.INVALID_PARAMETER_VALUE, f.valueName(i));
            }
        }
        return out;
    }
}

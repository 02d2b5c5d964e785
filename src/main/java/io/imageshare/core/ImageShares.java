package io.imageshare.core;

import java.util.List;

/**
 * An image and every one of its recipients in listing order (shared time, then account), as of one
 * snapshot: what a store may keep in memory to answer page after page without reading them again.
 */
public record ImageShares(Image image, List<Share> all) {
    public ImageShares {
        all = List.copyOf(all);
        if (all.size() != image.shareCount()) {
            throw new IllegalArgumentException("image " + image.id() + " counts " + image.shareCount()
                    + " recipients, not " + all.size());
        }
    }

    /** The window of the recipients, or of the one recipient {@code only} when it is given. */
    public SharePage page(AccountId only, PageRequest request) {
        List<Share> chosen = only == null ? all
                : all.stream().filter(s -> s.account().equals(only)).toList();
        long from = Math.min(request.offset(), chosen.size());
        long to = Math.min(from + request.size(), chosen.size());
        return new SharePage(image, new Page<>(chosen.subList((int) from, (int) to), chosen.size(), request));
    }
}

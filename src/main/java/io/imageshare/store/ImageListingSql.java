package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.Product;
import io.imageshare.core.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the SQL of an image listing. Each way an image can be visible is its own SELECT that an
 * index serves (own images by owner, shared ones from the recipient's share rows, public ones by
 * region); the parts are UNIONed, which also drops an image visible two ways, then sorted and paged.
 * One query with OR-ed EXISTS conditions would instead read every image of the region.
 */
final class ImageListingSql {
    /** SQL text and its parameters, in order. */
    record Statement(String sql, List<Object> params) {
    }

    private static final String COLUMNS = ImageSql.COLUMNS.stream().map(c -> "i." + c)
            .collect(Collectors.joining(", "));
    private static final char LIKE_ESCAPE = '!';

    private final ImageQuery query;
    private final List<String> parts = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private ImageListingSql(ImageQuery query) {
        this.query = query;
        AccountId caller = query.caller();
        Product product = query.product();
        if (caller != null && query.visibility().contains(Visibility.OWN)) {
            part("FROM image i WHERE i.product = ? AND i.owner_cloud = ? AND i.owner_id = ?",
                    product.seedName(), caller.cloud().seedName(), caller.id());
        }
        // Share rows hold recipients of the product's cloud only.
        if (caller != null && caller.cloud() == product.cloud()
                && query.visibility().contains(Visibility.SHARED_WITH_ME)) {
            part("FROM image_share s JOIN image i ON i.product = s.product AND i.id = s.image_id"
                    + " WHERE s.product = ? AND s.account_id = ?", product.seedName(), caller.id());
        }
        if (query.visibility().contains(Visibility.PUBLIC)) {
            if (caller == null) {
                part("FROM image i WHERE i.product = ? AND i.is_public = TRUE", product.seedName());
            } else {
                part("FROM image i WHERE i.product = ? AND i.is_public = TRUE"
                                + " AND NOT (i.owner_cloud = ? AND i.owner_id = ?)",
                        product.seedName(), caller.cloud().seedName(), caller.id());
            }
        }
        // The caller's Simple Application Server images switched on for ECS, in the same region.
        if (caller != null && query.includeSwasSharedToEcs()) {
            part("FROM image i WHERE i.product = ? AND i.owner_cloud = ? AND i.owner_id = ?"
                            + " AND i.shared_to_ecs = TRUE",
                    Product.SWAS.seedName(), caller.cloud().seedName(), caller.id());
        }
    }

    /** The page of images, newest first; empty when the query cannot match anything. */
    static Optional<Statement> select(ImageQuery query) {
        ImageListingSql listing = new ImageListingSql(query);
        if (listing.parts.isEmpty()) {
            return Optional.empty();
        }
        String sql = "SELECT * FROM (" + String.join(" UNION ", listing.parts) + ") listing"
                + " ORDER BY created_at DESC, id";
        List<Object> params = listing.params;
        if (query.page() != null) {
            sql += " LIMIT ? OFFSET ?";
            params.add(query.page().size());
            params.add(query.page().offset());
        }
        return Optional.of(new Statement(sql, params));
    }

    /** The number of images in the whole listing; empty when the query cannot match anything. */
    static Optional<Statement> count(ImageQuery query) {
        ImageListingSql listing = new ImageListingSql(query);
        if (listing.parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Statement(
                "SELECT COUNT(*) FROM (" + String.join(" UNION ", listing.parts) + ") listing", listing.params));
    }

    /** Adds one SELECT: its FROM and WHERE, then the query's filters, which every part shares. */
    private void part(String fromWhere, Object... values) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(' ').append(fromWhere);
        params.addAll(List.of(values));
        if (query.region() != null) {
            sql.append(" AND i.region = ?");
            params.add(query.region());
        }
        if (!query.imageIds().isEmpty()) {
            sql.append(" AND i.id IN (").append(Jdbc.placeholders(query.imageIds().size())).append(')');
            params.addAll(query.imageIds());
        }
        if (query.nameContains() != null && !query.nameContains().isEmpty()) {
            sql.append(" AND i.name LIKE ? ESCAPE '").append(LIKE_ESCAPE).append('\'');
            params.add("%" + escapeLike(query.nameContains()) + "%");
        }
        if (!query.names().isEmpty()) {
            sql.append(" AND i.name IN (").append(Jdbc.placeholders(query.names().size())).append(')');
            params.addAll(query.names().stream().sorted().toList());
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND i.status IN (").append(Jdbc.placeholders(query.statuses().size())).append(')');
            params.addAll(query.statuses().stream().sorted().toList());
        }
        if (query.owner() != null) {
            sql.append(" AND i.owner_cloud = ? AND i.owner_id = ?");
            params.add(query.owner().cloud().seedName());
            params.add(query.owner().id());
        }
        parts.add(sql.toString());
    }

    /** Makes LIKE's wildcards (and the escape character itself) match only themselves. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

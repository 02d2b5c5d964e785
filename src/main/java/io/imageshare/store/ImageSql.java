package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Single images: by key, insert, flags, delete, and the owner's name and count checks. */
final class ImageSql {
    static final List<String> COLUMNS = List.of("product", "id", "region", "owner_cloud", "owner_id", "name",
            "description", "status", "os_type", "platform", "architecture", "size_gib", "is_public",
            "shared_to_ecs", "share_count", "created_at");

    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM image";

    private final Jdbc jdbc;
    private final String forUpdate;

    /** @param forUpdate what makes a SELECT lock its rows: {@link Dialect#forUpdate()}, or "" for none */
    ImageSql(Jdbc jdbc, String forUpdate) {
        this.jdbc = jdbc;
        this.forUpdate = forUpdate;
    }

    Optional<Image> image(Product product, String id) {
        return jdbc.queryOne(SELECT + " WHERE product = ? AND id = ?", ImageSql::image,
                List.of(product.seedName(), id));
    }

    Optional<Image> lockImage(Product product, String id) {
        return jdbc.queryOne(SELECT + " WHERE product = ? AND id = ?" + forUpdate, ImageSql::image,
                List.of(product.seedName(), id));
    }

    /**
     * Inserts with a share count of zero whatever the record says: a new image has no image_share
     * rows yet, and the column must always equal their number.
     */
    boolean insertImage(Image image) {
        return jdbc.update("INSERT INTO image (" + String.join(", ", COLUMNS) + ")"
                        + " VALUES (" + Jdbc.placeholders(COLUMNS.size()) + ")"
                        + " ON CONFLICT (product, id) DO NOTHING",
                Params.of(image.product().seedName(), image.id(), image.region(),
                        image.owner().cloud().seedName(), image.owner().id(), image.name(), image.description(),
                        image.status(), image.osType(), image.platform(), image.architecture(), image.sizeGiB(),
                        image.isPublic(), image.sharedToEcs(), 0, image.createdAt().toEpochMilli())) == 1;
    }

    void updateImageFlags(Product product, String id, boolean isPublic, boolean sharedToEcs) {
        jdbc.update("UPDATE image SET is_public = ?, shared_to_ecs = ? WHERE product = ? AND id = ?",
                List.of(isPublic, sharedToEcs, product.seedName(), id));
    }

    /** Deletes the image and, first, any shares of it (the foreign key wants them gone). */
    void deleteImage(Product product, String id) {
        jdbc.update("DELETE FROM image_share WHERE product = ? AND image_id = ?", List.of(product.seedName(), id));
        jdbc.update("DELETE FROM image WHERE product = ? AND id = ?", List.of(product.seedName(), id));
    }

    boolean imageNameTaken(Product product, String region, AccountId owner, String name) {
        return jdbc.exists("SELECT 1 FROM image WHERE product = ? AND owner_cloud = ? AND owner_id = ?"
                        + " AND region = ? AND name = ? LIMIT 1",
                Params.of(product.seedName(), owner.cloud().seedName(), owner.id(), region, name));
    }

    long countImages(Product product, AccountId owner) {
        return jdbc.queryLong("SELECT COUNT(*) FROM image WHERE product = ? AND owner_cloud = ? AND owner_id = ?",
                List.of(product.seedName(), owner.cloud().seedName(), owner.id()));
    }

    /**
     * A row selected as {@link #COLUMNS}, read by position: reading by name makes the SQLite driver
     * fetch every column's name per query, a tenth of a describe call's database time (issue 6).
     */
    static Image image(ResultSet row) throws SQLException {
        return new Image(
                Product.fromSeedName(row.getString(1)),
                row.getString(2),
                row.getString(3),
                new AccountId(Cloud.fromSeedName(row.getString(4)), row.getString(5)),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getString(11),
                row.getInt(12),
                row.getBoolean(13),
                row.getBoolean(14),
                row.getInt(15),
                Instant.ofEpochMilli(row.getLong(16)));
    }
}

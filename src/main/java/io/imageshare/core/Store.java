package io.imageshare.core;

import java.util.Optional;
import java.util.function.Function;

/**
 * The core's port to durable storage. {@link #write} runs its work in one serialisable transaction
 * that is committed (and on disk) when it returns; {@link #read} sees a consistent snapshot.
 * Implementations throw {@link StoreUnavailableException} when the database cannot be reached.
 */
public interface Store extends AutoCloseable {
    <T> T write(Function<StoreTx, T> work);

    <T> T read(Function<StoreTx, T> work);

    /**
     * One page of an image's recipients with the image, from one snapshot that holds every write
     * acknowledged before the call; empty when there is no such image. A store may answer it from
     * recipients it keeps in memory, as long as that answer is never older than such a snapshot.
     */
    default Optional<SharePage> sharePage(Product product, String imageId, AccountId only, PageRequest page) {
        return read(tx -> tx.sharePage(product, imageId, only, page));
    }

    @Override
    void close();
}

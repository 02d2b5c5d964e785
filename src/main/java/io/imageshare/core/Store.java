package io.imageshare.core;

import java.util.function.Function;

/**
 * The core's port to durable storage. {@link #write} runs its work in one serialisable transaction
 * that is committed (and on disk) when it returns; {@link #read} sees a consistent snapshot.
 * Implementations throw {@link StoreUnavailableException} when the database cannot be reached.
 */
public interface Store extends AutoCloseable {
    <T> T write(Function<StoreTx, T> work);

    <T> T read(Function<StoreTx, T> work);

    @Override
    void close();
}

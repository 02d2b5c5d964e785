package io.imageshare.http;

/** One vendor's API on the shared port: authenticates, dispatches and renders in its own format. */
public interface Dialect {
    ApiResponse handle(ApiRequest request);

    /** The vendor's error for a request that could not even be read (too large, broken framing). */
    ApiResponse unreadable(ApiRequest headersOnly, String reason);

    /** The vendor's error for a body larger than the server accepts; by default an unreadable request. */
    default ApiResponse tooLarge(ApiRequest headersOnly, int maxBodyBytes) {
        return unreadable(headersOnly, "The request body is larger than " + maxBodyBytes + " bytes.");
    }
}
